// What a guest (an external participant on Slack or Teams) may do in chat, platform-neutral: press the buttons on
// their own card (complete their role's step, record an event their role may record), type a case event, or ask
// for help. Everything else, and every other case, is refused in Dutch; an attempt at another case is logged there.
import { parseExternalActorId } from "../../domain/case/external-access.ts";
import { roleMayRecordEvent } from "../../domain/flow/case-event-schema.ts";
import { t } from "../../i18n/messages.ts";
import type { Form } from "../../ui/card.ts";
import { parseFormId } from "../../ui/form-instance.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { issueForm } from "../interactions/issue-form.ts";
import { failureResult, type InteractionResult } from "../interactions/result.ts";
import type { Platform } from "../ports.ts";
import { completeStepAsExternal } from "./complete-external-step.ts";
import { externalChatCard } from "./external-chat-card.ts";
import { requireExternalAccess } from "./external-state.ts";
import { recordCaseEventAsExternal } from "./record-external-event.ts";
import { refuseOtherCase, roleSteps } from "./view-external-case.ts";

export interface GuestInput {
  ctx: AppContext;
  /** The participations this chat account redeemed (one per case), oldest first. */
  actorIds: readonly string[];
  platform: Platform;
}

const REFERENCE = /^[A-Z]{1,6}-\d{4}-\d{1,6}$/i;
export const EXTERNAL_EVENT_FORM = "case.external_event";

const latest = (actorIds: readonly string[]) => actorIds[actorIds.length - 1] ?? "";

/** The event form of the guest's case: the events their role may record, and a reason. */
async function eventForm(ctx: AppContext, actorId: string): Promise<Form> {
  const { c, flow, role } = await requireExternalAccess(ctx, ctx.store.read, actorId);
  const options = flow.events
    .filter((e) => roleMayRecordEvent(e, role.id))
    .map((e) => ({ value: e.id, label: e.label }));
  const fields = [
    { id: "event", label: t("nl", "extern.page.event"), type: "select" as const, required: true, options },
    { id: "reason", label: t("nl", "extern.page.reason"), type: "textarea" as const, required: true, maxLength: 2000 },
  ];
  const title = t("nl", "form.external_event.title", { reference: c.reference });
  return issueForm({ id: `${EXTERNAL_EVENT_FORM}:${c.id}`, title, submitLabel: t("nl", "extern.page.record"), fields });
}

/** Completes the first open step of the role (a role rarely has two open at once). */
async function completeOwnStep(ctx: AppContext, actorId: string, platform: Platform): Promise<InteractionResult> {
  const stepId = await ctx.store.transaction(async (tx) => {
    const { c, flow, role } = await requireExternalAccess(ctx, tx, actorId);
    const open = roleSteps(flow, role, await tx.obligations(c.id)).find((s) => s.mayComplete);
    if (!open)
      throw new AppError("invalid_state", "error.external_no_open_step", { role: role.label, reference: c.reference });
    return open.id;
  });
  const done = await completeStepAsExternal({ ctx, actor: { personId: actorId, platform }, stepId });
  return { kind: "done", text: t("nl", "done.step_completed", done) };
}

async function act(o: GuestInput, actorId: string, actionId: string, values?: Record<string, unknown>) {
  const actor = { personId: actorId, platform: o.platform };
  switch (actionId) {
    case "case.external_complete":
      return completeOwnStep(o.ctx, actorId, o.platform);
    case EXTERNAL_EVENT_FORM: {
      if (!values) return { kind: "form", form: await eventForm(o.ctx, actorId) } as const;
      const done = await recordCaseEventAsExternal({ ctx: o.ctx, actor, event: values.event, reason: values.reason });
      return { kind: "done", text: t("nl", "done.external_event", done) } as const;
    }
    default: {
      const { role } = await requireExternalAccess(o.ctx, o.ctx.store.read, actorId);
      o.ctx.log.warn({ actionId, platform: o.platform }, "guest refused an action not given to external roles");
      return {
        kind: "error",
        code: "not_allowed",
        error: t("nl", "guest.not_your_action", { role: role.label }),
      } as const;
    }
  }
}

/** A button on a case card (or a submitted event form): only the guest's own case, only their role's actions. */
export async function runGuestAction(
  o: GuestInput & { actionId: string; caseId: string; values?: Record<string, unknown> },
): Promise<InteractionResult> {
  const context = { actionId: o.actionId, platform: o.platform };
  try {
    const own = o.actorIds.find((a) => parseExternalActorId(a)?.caseId === o.caseId);
    if (!own) {
      const other = await o.ctx.store.read.case(o.caseId);
      if (!other) throw new AppError("not_found", "error.case_not_found", {}, `guest action on unknown case`);
      const reference = other.reference;
      throw await refuseOtherCase({ ctx: o.ctx, actorId: latest(o.actorIds), platform: o.platform, reference });
    }
    return await act(o, own, o.actionId, o.values);
  } catch (error) {
    return failureResult(error, "nl", o.ctx.log, context);
  }
}

/** A submitted form of a guest: only their own case's event form. */
export async function submitGuestForm(o: GuestInput & { formId: string; values: Record<string, unknown> }) {
  const { base } = parseFormId(o.formId);
  const [kind, caseId = ""] = [base.slice(0, base.indexOf(":")), base.slice(base.indexOf(":") + 1)];
  return runGuestAction({ ...o, actionId: kind, caseId, values: o.values });
}

/** Typed text: `gebeurtenis <event> <reason>`, a reference (their own: their card; another: refused), or help. */
export async function runGuestCommand(o: GuestInput & { text: string }): Promise<InteractionResult> {
  const [first = "", ...rest] = o.text.trim().split(/\s+/);
  const actorId = latest(o.actorIds);
  const actor = { personId: actorId, platform: o.platform };
  try {
    if (["gebeurtenis", "event"].includes(first.toLowerCase())) {
      const [event, ...reason] = rest;
      const done = await recordCaseEventAsExternal({ ctx: o.ctx, actor, event, reason: reason.join(" ") });
      return { kind: "done", text: t("nl", "done.external_event", done) };
    }
    const reference = [first, ...rest].find((w) => REFERENCE.test(w));
    const own = await externalChatCard(o.ctx, o.ctx.store.read, actorId);
    if (reference && own?.reference !== reference.toUpperCase())
      throw await refuseOtherCase({ ctx: o.ctx, actorId, platform: o.platform, reference });
    return { kind: "message", message: { text: t("nl", "guest.help"), ...(own ? { card: own.card } : {}) } };
  } catch (error) {
    return failureResult(error, "nl", o.ctx.log, { platform: o.platform, command: "guest" });
  }
}
