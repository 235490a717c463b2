// A reporter who is also a party's fixed contact (or deputy) has received her own report: her party's
// acknowledgement is recorded at once instead of asking her to confirm what she just sent.
import type { PartyRouting } from "../../domain/case/authorization.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import type { Actor, AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { finishObligations } from "./finish-obligations.ts";

export interface OwnReportOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  step: FlowStep;
  actor: Actor;
  routings: readonly PartyRouting[];
  started: readonly ObligationRecord[];
}

/** The parties whose acknowledgement was recorded for the reporter (empty when she is nobody's contact). */
export async function acknowledgeOwnReport(o: OwnReportOptions): Promise<string[]> {
  if (o.step.owner !== "all" || o.step.kind !== "task") return [];
  const own = new Set(
    o.routings
      .filter((r) => r.primaryPersonId === o.actor.personId || r.deputyPersonId === o.actor.personId)
      .map((r) => r.partyId),
  );
  const mine = o.started.filter((x) => own.has(x.partyId) && x.status === "open");
  if (mine.length === 0) return [];
  await finishObligations({
    ctx: o.ctx,
    tx: o.tx,
    c: o.c,
    flow: o.flow,
    obligations: mine,
    actor: o.actor,
    eventType: "obligation.acknowledged",
    asCoordinator: false,
    sealedNote: null,
    updateCard: false,
  });
  o.ctx.log.info({ reference: o.c.reference, parties: [...own] }, "reporter's own party acknowledged at report time");
  return mine.map((x) => x.partyId);
}
