// Reads what a case card may show: structured values only. Personal details are never loaded here,
// so no renderer can leak them.
import { required } from "../domain/required.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import type { AppContext } from "./context.ts";
import { optionsByField } from "./case/field-options.ts";
import { municipalityName, organisationName } from "./case/notify.ts";
import type { StoreTx } from "./ports.ts";
import { loadCaseExtras } from "./load-case-extras.ts";
import { isPaused, pausingStep } from "./case/pause-clocks.ts";
import { actingNotes } from "./absence/acting-notes.ts";
import { unreachableContacts } from "./case/unreachable-contacts.ts";
import { privacyState } from "./avg/avg-rules.ts";
import { outcomeValueLabel } from "./case/outcome-label.ts";
import type { CaseSummary } from "../ui/view-models/case-summary.ts";

export type { CaseSummary } from "../ui/view-models/case-summary.ts";

function ladderReached(flow: Flow, open: readonly { ladderLevel: number }[]): CaseSummary["ladder"] {
  const highest = Math.max(0, ...open.map((o) => o.ladderLevel));
  const rung = highest > 0 ? flow.escalation.ladder[highest - 1] : undefined;
  return rung ? { notify: rung.notify, label: rung.label ?? null } : null;
}

export async function loadCaseSummary(ctx: AppContext, tx: StoreTx, caseId: string): Promise<CaseSummary | null> {
  const c = await tx.case(caseId);
  if (!c) return null;
  const flow = await ctx.flows.forCase(c);
  const now = ctx.clock.now();
  const options = await optionsByField(tx, flow.form.fields);
  const publicFields = flow.form.fields
    .filter((f) => f.showOnCard && !f.personal && f.bind !== "municipality" && c.publicValues[f.id] != null)
    .map((f) => ({
      id: f.id,
      label: f.label,
      value: options.get(f.id)?.find((o) => o.value === c.publicValues[f.id])?.label ?? String(c.publicValues[f.id]),
    }));
  const obligations = await tx.obligations(c.id);
  const ackStep = flow.steps.find((s) => s.owner === "all" && s.kind === "task");
  const partyOrder = (partyId: string) => flow.parties.findIndex((p) => p.id === partyId);
  const caseParties = (await tx.parties(c.id)).sort((a, b) => partyOrder(a.partyId) - partyOrder(b.partyId));
  const parties = await Promise.all(
    caseParties.map(async (p) => ({
      partyId: p.partyId,
      label: flow.parties.find((fp) => fp.id === p.partyId)?.label ?? p.partyId,
      organisation: await organisationName(tx, p.organisationId),
      acknowledged: obligations.some((o) => o.stepId === ackStep?.id && o.partyId === p.partyId && o.status === "done"),
    })),
  );
  const openObligations = obligations
    .filter((o) => o.status === "open" && !o.stepId.startsWith("notice:") && !o.stepId.includes("#"))
    .sort((a, b) => partyOrder(a.partyId) - partyOrder(b.partyId));
  const pausing = pausingStep(flow, obligations);
  const open = await Promise.all(
    openObligations.map(async (o) => ({
      partyId: o.partyId,
      organisation: await organisationName(tx, o.organisationId),
      step: flow.steps.find((s) => s.id === o.stepId.split("#")[0])?.label ?? o.stepId,
      dueAt: o.dueAt,
      overdue: o.dueAt.getTime() < now.getTime() && !isPaused(o, pausing),
      ladderLevel: o.ladderLevel,
      paused: isPaused(o, pausing),
    })),
  );
  const step = flow.steps.find((s) => s.id === c.currentStepId);
  const municipality = await tx.municipality(c.municipalityId);
  const level =
    flow.escalation.levels[c.level] ?? required(flow.escalation.levels[0], "the flow's first escalation level");
  return {
    id: c.id,
    reference: c.reference,
    revision: c.revision,
    flowTitle: flow.title,
    status: c.status,
    municipality: await municipalityName(tx, c.municipalityId),
    municipalityId: c.municipalityId,
    regionId: municipality?.regionId ?? "",
    level: { label: level.label, index: c.level, top: c.level >= flow.escalation.levels.length - 1 },
    // The shared label: a coarse code where the flow keeps the full one to some parties (personal cards differ).
    outcome: outcomeValueLabel(flow.outcomes, c.outcome),
    publicFields,
    channelCard: flow.channelCard,
    step: step ? { id: step.id, label: step.label, everyParty: step.owner === "all" } : null,
    parties,
    open,
    extras: await loadCaseExtras(ctx, tx, c, flow, obligations),
    hasAcknowledgement: Boolean(ackStep),
    acting: await actingNotes(ctx, tx, c, now),
    ladder: ladderReached(flow, openObligations),
    unreachable: await unreachableContacts(tx, c),
    privacy: await privacyState(tx, c.id),
  };
}
