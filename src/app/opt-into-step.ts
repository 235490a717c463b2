// Use-case: a party starts an optional step (a payment plan or debt-help programme) beside the main line or, while
// a branch runs, beside that branch, or a branch the flow lets it opt into; a step that pauses the others stops
// their clocks while it runs.
import { branchOfStep, type BranchDef } from "../domain/flow/branch-schema.ts";
import type { Flow, FlowStep } from "../domain/flow/flow-schema.ts";
import type { CaseRecord, StoreTx } from "./ports.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { runningBranchIds, startBranch, startedBranchIds } from "./case/branches.ts";
import { requireWithinLimits } from "./case/require-within-limits.ts";
import { routingsOf } from "./case/case-routing.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { pauseClocks } from "./case/pause-clocks.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { startStep } from "./case/start-step.ts";
import { obligationsOfStep } from "./case/step-plan.ts";

interface OptInOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  stepId: unknown;
}

/** An optional step of a branch runs only while its branch runs, and waits like the branch for its flag. */
async function requireBranchRuns(tx: StoreTx, c: CaseRecord, flow: Flow, step: FlowStep): Promise<void> {
  const branch = branchOfStep(flow, step.id);
  if (!branch) return;
  if (!runningBranchIds(await tx.events(c.id)).has(branch.id)) {
    const log = `optional step ${step.id} of ${c.reference}: branch ${branch.id} is not running`;
    throw new AppError("invalid_state", "error.branch_not_running", { branch: branch.label }, log);
  }
  const flag = flow.flags.find((f) => f.id === branch.blockedBy);
  if (flag && (await tx.caseFlags(c.id)).includes(flag.id)) {
    const params = { step: step.label, explanation: flag.explanation };
    const log = `optional step ${step.id} of ${c.reference} is blocked by ${flag.id}`;
    throw new AppError("invalid_state", "error.step_blocked", params, log);
  }
}

async function optIntoBranch({ ctx, actor, caseId }: OptInOptions, branch: BranchDef & { optInBy: string[] }) {
  await ctx.store.transaction(async (tx) => {
    const { c, flow, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, branch.optInBy);
    const by = { actorId: actor.personId, platform: actor.platform, partyId };
    const now = ctx.clock.now();
    if (startedBranchIds(await tx.events(c.id)).has(branch.id)) return;
    await requireWithinLimits(ctx, tx, c, flow, { branch: branch.id }, now);
    if (await startBranch({ ctx, tx, c, flow, branch, at: now, by, cause: "opt_in" })) {
      await notifierFor(ctx, tx, c, now).card();
    }
  });
}

export async function optIntoStep(options: OptInOptions): Promise<void> {
  const { ctx, actor, caseId, stepId } = options;
  const c0 = await ctx.store.read.case(caseId);
  const flow0 = c0 ? await ctx.flows.forCase(c0) : undefined;
  const branch = flow0?.branches.find((b) => b.id === stepId);
  if (branch?.optInBy) return optIntoBranch(options, { ...branch, optInBy: branch.optInBy });
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const step = c0 ? (await ctx.flows.forCase(c0)).steps.find((s) => s.id === stepId && s.optional) : undefined;
    if (!step)
      throw new AppError("invalid_input", "form.invalid_option", {}, `no optional step ${String(stepId)}`, {
        step: { key: "form.invalid_option" },
      });
    const { c, flow, person, partyId } = await requirePartyStanding(
      ctx,
      tx,
      actor,
      caseId,
      step.optInBy ?? [step.owner],
    );
    if (obligationsOfStep(await tx.obligations(c.id), step.id).some((o) => o.status === "open")) return;
    await requireBranchRuns(tx, c, flow, step);
    const now = ctx.clock.now();
    await requireWithinLimits(ctx, tx, c, flow, { step: step.id }, now);
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "step.opted_in",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: { stepId: step.id },
      sealed: null,
    });
    await startStep({ ctx, tx, c, flow, step, at: now, routings: await routingsOf(tx, c), tellOwners: true });
    const notify = notifierFor(ctx, tx, c, now);
    await notify.thread({
      key: "notice.opted_in",
      params: { organisation: await organisationName(tx, person.organisationId), step: step.label },
    });
    if (step.pausesOthers) await pauseClocks({ ctx, tx, c, flow, at: now }, step);
    await notify.card();
  });
}
