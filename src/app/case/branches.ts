// Branches at run time: a route beside the main line starts (by a date threshold, an opt-in or a case event),
// runs its steps in order, waits while its blocking flag is set, and ends (done, by an event, by an outcome).
// Which branches run is read from the case timeline (branch.started / branch.ended events).
import type { BranchDef } from "../../domain/flow/branch-schema.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import { firstBranchStep, nextBranchStep } from "../../domain/flow/step-sequence.ts";
import type { AppContext } from "../context.ts";
import type { CaseEventRecord, CaseRecord, Platform, StoreTx } from "../ports.ts";
import { routingsOf } from "./case-routing.ts";
import { joinPartiesAt } from "./join-parties.ts";
import { notifierFor } from "./notify.ts";
import { resumeClocksIfDone } from "./pause-clocks.ts";
import { startStep } from "./start-step.ts";
import { isNotice, obligationsOfStep } from "./step-plan.ts";
import { tellParties } from "./tell-parties.ts";

export interface BranchActor {
  actorId: string | null;
  platform: Platform | null;
  partyId: string | null;
}
const SYSTEM: BranchActor = { actorId: null, platform: null, partyId: null };

/** Branch ids that started and have not ended, from the case timeline. */
export function runningBranchIds(events: readonly CaseEventRecord[]): Set<string> {
  const running = new Set<string>();
  for (const e of events) {
    if (e.type === "branch.started") running.add(String(e.data.branch));
    if (e.type === "branch.ended") running.delete(String(e.data.branch));
  }
  return running;
}

/** Optional steps a party may opt into now: not running, and a branch's only while that branch runs. */
export function optInSteps(flow: Flow, running: readonly FlowStep[], runningBranches: ReadonlySet<string>) {
  const branchOf = (s: FlowStep) => flow.branches.find((b) => b.steps.includes(s.id));
  return flow.steps.filter((s) => {
    const branch = branchOf(s);
    return s.optional && !running.includes(s) && (!branch || runningBranches.has(branch.id));
  });
}

/** Branches that ever started (a branch runs once per case). */
export function startedBranchIds(events: readonly CaseEventRecord[]): Set<string> {
  return new Set(events.filter((e) => e.type === "branch.started").map((e) => String(e.data.branch)));
}

interface BranchOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  branch: BranchDef;
  at: Date;
}

/** Starts one of the branch's steps, unless the branch's flag blocks it (then it waits for the lift). The
 *  step-blocked notice goes to the parties already on the case only. */
export async function startBranchStep(o: BranchOptions & { step: FlowStep }): Promise<void> {
  const { ctx, tx, c, flow, branch, step, at } = o;
  const routings = await routingsOf(tx, c);
  if (branch.blockedBy && (await tx.caseFlags(c.id)).includes(branch.blockedBy)) {
    const data = { stepId: step.id, flag: branch.blockedBy, branch: branch.id };
    await tx.appendEvent({ caseId: c.id, at, type: "step.blocked", ...SYSTEM, data, sealed: null });
    const flag = flow.flags.find((f) => f.id === branch.blockedBy)?.label ?? branch.blockedBy;
    await tellParties(routings, notifierFor(ctx, tx, c, at), {
      key: "notice.step_blocked",
      params: { step: step.label, flag },
    });
    return;
  }
  // Parties joining at the branch are routed when its work really starts (not while its flag holds it).
  const joined = await joinPartiesAt(ctx, tx, c, flow, branch, at, routings);
  await startStep({ ctx, tx, c, flow, step, at, routings: [...routings, ...joined], tellOwners: true });
}

/** Starts a branch once: parties joining at it are routed, its first step starts. False when it ran before. */
export async function startBranch(o: BranchOptions & { by?: BranchActor; cause: string }): Promise<boolean> {
  const { ctx, tx, c, flow, branch, at } = o;
  if (startedBranchIds(await tx.events(c.id)).has(branch.id)) return false;
  const data = { branch: branch.id, cause: o.cause };
  await tx.appendEvent({ caseId: c.id, at, type: "branch.started", ...(o.by ?? SYSTEM), data, sealed: null });
  const notify = notifierFor(ctx, tx, c, at);
  await notify.thread({ key: "notice.branch_started", params: { branch: branch.label } });
  const first = firstBranchStep(flow, branch.id);
  if (first) await startBranchStep({ ...o, step: first });
  ctx.log.info({ reference: c.reference, branch: branch.id, cause: o.cause }, "branch started");
  return true;
}

/** Ends a running branch: its open work stops. `outcome` is the recorded outcome's value, if any. */
export async function endBranch(
  o: BranchOptions & { by?: BranchActor; reason: "done" | "event" | "outcome"; outcome?: string },
): Promise<void> {
  const { ctx, tx, c, branch, at } = o;
  if (!runningBranchIds(await tx.events(c.id)).has(branch.id)) return;
  const stopped = new Set<string>();
  for (const ob of await tx.obligations(c.id)) {
    if (ob.status !== "open" || isNotice(ob.stepId) || !branch.steps.includes(ob.stepId.split("#")[0] ?? "")) continue;
    await tx.updateObligation(ob.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
    stopped.add(ob.stepId.split("#")[0] ?? ob.stepId);
  }
  // A pausing step of the branch that stops lets the other clocks run again.
  for (const stepId of stopped) await resumeClocksIfDone(o, stepId);
  const data = { branch: branch.id, reason: o.reason, outcome: o.outcome ?? null };
  await tx.appendEvent({ caseId: c.id, at, type: "branch.ended", ...(o.by ?? SYSTEM), data, sealed: null });
  if (o.reason !== "outcome") {
    const key = o.reason === "done" ? "notice.branch_done" : "notice.branch_ended";
    await notifierFor(ctx, tx, c, at).thread({ key, params: { branch: branch.label } });
  }
  ctx.log.info({ reference: c.reference, branch: branch.id, reason: o.reason }, "branch ended");
}

/** After a branch step's obligations are finished: its next step starts, or the branch is done. */
export async function settleBranchStep(o: Omit<BranchOptions, "branch">, stepId: string): Promise<void> {
  const branch = o.flow.branches.find((b) => b.steps.includes(stepId));
  // An optional step a party opted into runs beside the branch's line: its end moves nothing.
  if (!branch || o.flow.steps.find((s) => s.id === stepId)?.optional) return;
  if (obligationsOfStep(await o.tx.obligations(o.c.id), stepId).some((x) => x.status === "open")) return;
  if (!runningBranchIds(await o.tx.events(o.c.id)).has(branch.id)) return;
  const next = nextBranchStep(o.flow, branch.id, stepId);
  // With outcomes declared, the branch waits for one after its last step; without, it is done.
  if (next) await startBranchStep({ ...o, branch, step: next });
  else if (branch.outcomes.length === 0) await endBranch({ ...o, branch, reason: "done" });
}

/** A lifted flag releases the branches it held: each waiting step starts now. */
export async function releaseBranches(o: Omit<BranchOptions, "branch">, flag: string): Promise<void> {
  const events = await o.tx.events(o.c.id);
  const running = runningBranchIds(events);
  const obligations = await o.tx.obligations(o.c.id);
  for (const branch of o.flow.branches.filter((b) => b.blockedBy === flag && running.has(b.id))) {
    const onLine = branch.steps.filter((s) => !o.flow.steps.find((x) => x.id === s)?.optional);
    if (onLine.some((s) => obligationsOfStep(obligations, s).some((x) => x.status === "open"))) continue;
    const waiting = [...events].reverse().find((e) => e.type === "step.blocked" && e.data.branch === branch.id);
    const step = o.flow.steps.find((s) => s.id === waiting?.data.stepId);
    if (step) await startBranchStep({ ...o, branch, step });
  }
}
