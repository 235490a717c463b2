// A decision step is settled by the flow's rule once every party has advised (unanimous by default).
// The decision is recorded with the rule, every party's advice, who completed it and when.
import type { FlowStep, Flow } from "../../domain/flow/flow-schema.ts";
import { decide, type Advice } from "../../domain/case/decision-rule.ts";
import { t } from "../../i18n/messages.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { routingsOf } from "./case-routing.ts";
import { tellActingContact } from "../absence/acting.ts";
import { notifierFor } from "./notify.ts";

export interface TakeDecisionOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  step: FlowStep;
  actor: Actor;
  now: Date;
}

/** Records the decision; returns true when the case goes on (granted), false when it was closed (rejected). */
export async function takeDecision({ ctx, tx, c, flow, step, actor, now }: TakeDecisionOptions): Promise<boolean> {
  const advice = new Map<string, Advice>();
  for (const e of await tx.events(c.id)) {
    if (e.type === "advice.given" && e.data.stepId === step.id && e.partyId)
      advice.set(e.partyId, e.data.advice as Advice);
  }
  const parties = (await tx.parties(c.id)).map((p) => p.partyId);
  const rule = step.decision?.rule ?? "unanimous";
  const result = decide(
    rule,
    parties.map((p) => advice.get(p) ?? "none"),
  );
  await tx.appendEvent({
    caseId: c.id,
    at: now,
    type: "decision.recorded",
    actorId: actor.personId,
    platform: actor.platform,
    partyId: null,
    data: {
      stepId: step.id,
      rule,
      result,
      advice: Object.fromEntries(parties.map((p) => [p, advice.get(p) ?? "none"])),
    },
    sealed: null,
  });
  const notify = notifierFor(ctx, tx, c, now);
  const params = { rule: t("nl", `decision.rule.${rule}`), result: t("nl", `decision.${result}`) };
  await notify.threadIfHeard({ key: "notice.decision", params });
  for (const r of await routingsOf(tx, c)) {
    await tellActingContact({
      ctx,
      tx,
      c,
      organisationId: r.organisationId,
      at: now,
      notice: { key: "notice.decision", params },
    });
  }
  ctx.log.info({ reference: c.reference, rule, result }, "decision recorded");
  if (result === "granted") return true;
  const outcome = flow.outcomes.find((o) => o.kpi === "rejected");
  if (
    !(await tx.updateCase(c.id, c.revision, {
      status: "closed",
      currentStepId: step.id,
      outcome: outcome?.value ?? null,
      closedAt: now,
    }))
  ) {
    throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
  }
  await tx.appendEvent({
    caseId: c.id,
    at: now,
    type: "case.closed",
    actorId: actor.personId,
    platform: actor.platform,
    partyId: null,
    data: { outcome: outcome?.value ?? null, byDecision: true },
    sealed: null,
  });
  return false;
}
