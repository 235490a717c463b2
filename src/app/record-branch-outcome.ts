// Use-case: a party records the outcome of a running branch (a trajectory succeeded, the contact attempts
// ended without contact). It ends the branch, not the case; the channel sees only the outcome's coarse code.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { endBranch, runningBranchIds } from "./case/branches.ts";
import { outcomeFor } from "./case/branch-lines.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";

export interface RecordBranchOutcomeOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  /** "<branch id>.<outcome value>", as the form's select offers it. */
  outcome: unknown;
}

function invalid(value: unknown): AppError {
  const fieldErrors = { outcome: { key: "form.invalid_option" as const } };
  return new AppError(
    "invalid_input",
    "form.invalid_option",
    {},
    `unknown branch outcome ${String(value)}`,
    fieldErrors,
  );
}

export async function recordBranchOutcome({ ctx, actor, caseId, outcome }: RecordBranchOutcomeOptions): Promise<void> {
  const [branchId, value] = typeof outcome === "string" ? outcome.split(".") : [];
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : undefined;
    const branch = flow0?.branches.find((b) => b.id === branchId);
    if (!value || !branch?.outcomes.some((o) => o.value === value)) throw invalid(outcome);
    const owners = branch.steps.map((s) => flow0?.steps.find((x) => x.id === s)?.owner ?? "");
    const { c, flow, person, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, branch.outcomeBy ?? owners);
    if (!runningBranchIds(await tx.events(c.id)).has(branch.id)) {
      const log = `branch ${branch.id} of ${c.reference} is not running`;
      throw new AppError("invalid_state", "error.branch_not_running", { branch: branch.label }, log);
    }
    const now = ctx.clock.now();
    const by = { actorId: actor.personId, platform: actor.platform, partyId };
    await endBranch({ ctx, tx, c, flow, branch, at: now, by, reason: "outcome", outcome: value });
    const notify = notifierFor(ctx, tx, c, now);
    const organisation = await organisationName(tx, person.organisationId);
    const shown = outcomeFor(branch, value, "channel");
    await notify.thread({
      key: "notice.branch_outcome",
      params: { organisation, branch: branch.label, outcome: shown },
    });
    await notify.card();
    ctx.log.info({ reference: c.reference, branch: branch.id, outcome: value }, "branch outcome recorded");
  });
}
