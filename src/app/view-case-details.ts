// Use-case: a routed contact opens the resident's details privately; every view is recorded on the timeline.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { withCase } from "./case/with-case.ts";
import { organisationName } from "./case/notify.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import { caseBoxForReading } from "./case/case-box.ts";
import { recordRefusedView } from "./avg/record-refused-view.ts";
import { requireDetailsAvailable } from "./avg/avg-rules.ts";
import { loadViewLog } from "./avg/view-log.ts";
import { askedToAct } from "./case/card-audience.ts";
import { outcomeFor } from "./case/branch-lines.ts";
import { caseTexts } from "./case/case-texts.ts";
import type { CaseEventRecord } from "./ports.ts";
import { t } from "../i18n/messages.ts";
import type { CaseDetails, DetailsEntry } from "../ui/view-models/case-details.ts";
import { externalAuthor, externalDetailFields } from "./external/external-details.ts";
import { directoryMemo } from "./request-reads.ts";

export type { CaseDetails, DetailsEntry } from "../ui/view-models/case-details.ts";

const SEALED_EVENT_TYPES = [
  "note.added",
  "step.completed",
  "case.escalated",
  "case.deescalated",
  "case.closed",
  "case.reopened",
  "advice.given",
  "evaluation.recorded",
  "trial.extended",
  "case_event.recorded",
];

function eventValues(flow: Flow, data: Record<string, unknown>): Partial<DetailsEntry> {
  const stepId = typeof data.stepId === "string" ? data.stepId.split("#")[0] : undefined;
  const step = flow.steps.find((s) => s.id === stepId)?.label;
  return {
    ...(step ? { step } : {}),
    ...(typeof data.advice === "string" ? { advice: data.advice } : {}),
    ...(typeof data.outcome === "string" ? { outcome: data.outcome } : {}),
    ...(typeof data.number === "number" ? { moment: data.number } : {}),
  };
}

/** Each recorded branch outcome, in full for the parties the flow allows and as its coarse code for the others. */
function branchOutcomeFields(flow: Flow, events: CaseEventRecord[], parties: readonly string[]) {
  return events.flatMap((e) => {
    const branch = flow.branches.find((b) => b.id === e.data.branch);
    const value = e.data.outcome;
    if (e.type !== "branch.ended" || !branch || typeof value !== "string") return [];
    return [
      { label: t("nl", "details.branch_outcome", { branch: branch.label }), value: outcomeFor(branch, value, parties) },
    ];
  });
}

/** A completed step's own values (flow: steps[].fields), structured and sealed, as "label: value" lines. */
function stepValueLines(flow: Flow, data: Record<string, unknown>, sealed: Record<string, unknown>): string[] {
  const step = flow.steps.find((s) => s.id === data.stepId);
  const all = { ...(data.values as Record<string, unknown> | undefined), ...sealed };
  return (step?.fields ?? [])
    .filter((f) => all[f.id] !== undefined)
    .map((f) => `${f.label}: ${f.options?.find((o) => o.value === all[f.id])?.label ?? String(all[f.id])}`);
}

interface ViewOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
}

/** Every refused attempt is recorded too, in its own transaction (the refusal rolls the view's back). */
export async function viewCaseDetails(o: ViewOptions): Promise<CaseDetails> {
  try {
    return await openDetails(o);
  } catch (error) {
    await recordRefusedView(o.ctx, o.actor, o.caseId, error);
    throw error;
  }
}

async function openDetails({ ctx, actor, caseId }: ViewOptions): Promise<CaseDetails> {
  return withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx: written, c }) => {
    // The notes name their authors: each looked up once, not once per note.
    const tx = directoryMemo(written);
    const { standing } = await standingOfActor(tx, c, actor.personId);
    const flow = await ctx.flows.forCase(c);
    // An organisation the case asks to act (the Zorg- en Veiligheidshuis the ladder alerted) sees what it acts on.
    const asked = standing.asContact.length === 0 && (await askedToAct(tx, c, flow, actor.personId));
    if (standing.asContact.length === 0 && !asked) {
      ctx.log.warn(
        { reference: c.reference, personId: actor.personId },
        "refused a details view to a person who is not a routed contact",
      );
      throw new AppError(
        "not_allowed",
        "error.details_forbidden",
        {},
        `person ${actor.personId} may not view details of ${c.reference}`,
      );
    }
    await requireDetailsAvailable(tx, c);
    const stored = await tx.residentDetails(c.id);
    const box = await caseBoxForReading(ctx, tx, c.id);
    const personal = stored ? box.open<Record<string, unknown>>(stored.sealed) : {};
    const fields = flow.form.fields
      .filter((f) => f.personal)
      .map((f) => {
        const value = personal[f.id] == null || personal[f.id] === "" ? "—" : String(personal[f.id]);
        return { label: f.label, value, ...(f.type === "date" && value !== "—" ? { isDate: true } : {}) };
      });
    for (const d of await tx.caseDates(c.id)) {
      const label = flow.dates.find((x) => x.id === d.key)?.label ?? d.key;
      fields.push({ label, value: ctx.calendar.localDate(d.date), isDate: true });
    }
    const flags = await tx.caseFlags(c.id);
    // The objection and other flags are for the parties on the case only, never the shared card.
    for (const flag of flow.flags.filter((f) => flags.includes(f.id))) {
      fields.push({ label: flag.label, value: flag.explanation });
    }
    const events = await tx.events(c.id);
    fields.push(...branchOutcomeFields(flow, events, standing.asContact));
    fields.push(...externalDetailFields(flow, events, box));
    const notes: CaseDetails["notes"] = [];
    for (const event of events) {
      if (!event.sealed || !SEALED_EVENT_TYPES.includes(event.type)) continue;
      const body = box.open<{ note?: string; reason?: string } & Record<string, unknown>>(event.sealed);
      const author = event.actorId ? await tx.person(event.actorId) : null;
      const own = author ? await organisationName(tx, author.organisationId) : "";
      const organisation = externalAuthor(flow, event.data, own) ?? own;
      notes.push({
        at: event.at,
        type: event.type,
        organisation,
        text: [body.note ?? body.reason ?? "", ...stepValueLines(flow, event.data, body)].filter(Boolean).join("\n"),
        ...eventValues(flow, event.data),
      });
    }
    const now = ctx.clock.now();
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "details.viewed",
      actorId: actor.personId,
      platform: actor.platform,
      partyId: standing.asContact[0] ?? null,
      data: {},
      sealed: null,
    });
    ctx.log.info({ reference: c.reference, personId: actor.personId, asked }, "personal details viewed");
    const legalField = flow.form.fields.find((f) => f.bind === "legalBasis");
    const legalBasis =
      legalField?.options?.find((o) => o.value === stored?.legalBasis)?.label ?? stored?.legalBasis ?? "";
    const open = (sealed: string) => box.open<Record<string, unknown>>(sealed);
    const texts = await caseTexts({ ctx, tx, c, flow, parties: standing.asContact, personal, open });
    return { reference: c.reference, fields, legalBasis, notes, texts, viewLog: await loadViewLog(tx, c.id) };
  });
}
