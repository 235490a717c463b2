// The card an external participant gets in their private chat (a Slack or Teams guest): the case reference, their
// role, their steps and the buttons of what they may do now. No personal data: the role's fields stay on /extern.
import { roleMayRecordEvent } from "../../domain/flow/case-event-schema.ts";
import { t } from "../../i18n/messages.ts";
import type { Card, CardAction } from "../../ui/card.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import { municipalityName } from "../case/notify.ts";
import type { AppContext } from "../context.ts";
import { isAppError } from "../errors.ts";
import type { StoreTx } from "../ports.ts";
import { requireExternalAccess } from "./external-state.ts";
import { roleSteps } from "./view-external-case.ts";

export interface ExternalChatCard {
  caseId: string;
  reference: string;
  role: string;
  card: Card;
}

/** The participant's card, or null once their access ended (removed, case closed). */
export async function externalChatCard(
  ctx: AppContext,
  tx: StoreTx,
  actorId: string,
): Promise<ExternalChatCard | null> {
  let standing: Awaited<ReturnType<typeof requireExternalAccess>>;
  try {
    standing = await requireExternalAccess(ctx, tx, actorId);
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
  const { c, flow, role } = standing;
  const steps = roleSteps(flow, role, await tx.obligations(c.id));
  const fields = steps.map((s) => ({
    label: s.label,
    value: `${t("nl", `extern.page.status.${s.status}`)}${s.dueAt ? t("nl", "extern.page.due", { at: formatDeadline(s.dueAt, ctx.calendar) }) : ""}`,
  }));
  if (fields.length === 0) fields.push({ label: t("nl", "extern.page.steps"), value: t("nl", "guest.card.no_steps") });
  const actions: CardAction[] = [];
  if (steps.some((s) => s.mayComplete))
    actions.push({ id: "case.external_complete", label: t("nl", "action.case.external_complete"), style: "primary" });
  if (flow.events.some((e) => roleMayRecordEvent(e, role.id)))
    actions.push({ id: "case.external_event", label: t("nl", "action.case.external_event") });
  const municipality = await municipalityName(tx, c.municipalityId);
  const card: Card = {
    title: `${c.reference} · ${flow.title}`,
    subtitle: t("nl", "guest.card.subtitle", { municipality, role: role.label }),
    fields,
    actions,
    footer: t("nl", "guest.card.footer"),
  };
  return { caseId: c.id, reference: c.reference, role: role.label, card };
}
