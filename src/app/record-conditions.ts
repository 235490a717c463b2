// Use-case: the owner records the conditions of a second-chance agreement, each with the responsible party.
import { activeStepOfKind } from "./case/active-step.ts";
import { required } from "../domain/required.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";

/** values: `<condition id>` → checkbox, `<condition id>_party` → the responsible party id. */
export async function recordConditions({
  ctx,
  actor,
  caseId,
  values,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  values: Record<string, unknown>;
}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const step = c0 && flow0 ? activeStepOfKind(flow0, c0, await tx.obligations(caseId), "conditions") : undefined;
    if (!c0 || !flow0 || step?.kind !== "conditions")
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c0?.reference ?? "" },
        `case ${caseId} is not at a conditions step`,
      );
    const act = await requirePartyStanding(ctx, tx, actor, caseId, [step.owner]);
    const parties = await tx.parties(caseId);
    const chosen = flow0.conditions.filter(
      (cond) => values[cond.id] === true || values[cond.id] === "true" || values[cond.id] === "on",
    );
    const conditions = chosen.map((cond) => {
      const partyId = String(values[`${cond.id}_party`] ?? cond.defaultParty ?? "");
      if (!parties.some((p) => p.partyId === partyId))
        throw new AppError("invalid_input", "form.invalid_option", {}, `no party for condition ${cond.id}`, {
          [`${cond.id}_party`]: { key: "form.invalid_option" },
        });
      return { id: cond.id, partyId };
    });
    const open = (await tx.obligations(caseId)).filter((o) => o.stepId === step.id && o.status === "open");
    const labels = await Promise.all(
      conditions.map(async (cond) => {
        const org = required(
          parties.find((p) => p.partyId === cond.partyId),
          "the party a condition belongs to",
        ).organisationId;
        return `${
          required(
            flow0.conditions.find((x) => x.id === cond.id),
            "the flow condition recorded",
          ).label
        } (${await organisationName(tx, org)})`;
      }),
    );
    await finishObligations({
      ctx,
      tx,
      c: act.c,
      flow: act.flow,
      obligations: open,
      actor,
      eventType: "conditions.recorded",
      asCoordinator: act.asCoordinator,
      sealedNote: null,
      data: { conditions },
      notice: (organisation) => ({
        key: "notice.conditions_recorded",
        params: { organisation, conditions: labels.join(", ") || "—" },
      }),
    });
  });
}
