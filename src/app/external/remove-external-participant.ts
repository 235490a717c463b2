// Use-case: a party removes an external participant (their access ends at once), and closing a case removes all.
import { externalAccess } from "../../domain/case/external-access.ts";
import { requireOpen, requirePerson } from "../case/case-routing.ts";
import { notifierFor } from "../case/notify.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { requireCaseByReference, requireManager } from "./add-external-participant.ts";
import { loadExternals, roleOf } from "./external-state.ts";
import { tellExternalAccessEnded } from "./tell-externals.ts";

export interface RemoveExternalOptions {
  ctx: AppContext;
  actor: Actor;
  reference: string;
  /** "E1" or "1". */
  participant: string;
}

/** The number in "E1" (or "1"); NaN for anything else. */
export const participantNumber = (text: string) =>
  /^e?(\d{1,4})$/i.test(text.trim()) ? Number(text.trim().replace(/^e/i, "")) : Number.NaN;

export async function removeExternalParticipant(o: RemoveExternalOptions) {
  const { ctx, actor } = o;
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const person = await requirePerson(tx, actor.personId);
    const c = await requireCaseByReference(tx, o.reference);
    requireOpen(c);
    const flow = await ctx.flows.forCase(c);
    const number = participantNumber(o.participant);
    const list = await loadExternals(tx, c.id);
    const participant = list.find((p) => p.number === number);
    if (!participant || externalAccess(c.status, list, number) !== "ok")
      throw new AppError("not_found", "error.external_unknown", { reference: c.reference, number: o.participant });
    const { role, partyId } = await requireManager(tx, c, flow, person.id, participant.roleId);
    const data = { number, role: role.id, reason: "by_party" };
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "external.removed",
      actorId: person.id,
      platform: actor.platform,
      partyId,
      data,
      sealed: null,
    });
    await notifierFor(ctx, tx, c, now).thread({ key: "notice.external_removed", params: { role: role.label } });
    await tellExternalAccessEnded(ctx, tx, c, number, now);
    ctx.log.info({ reference: c.reference, number, by: person.id }, "external participant removed");
    return { reference: c.reference, role: role.label, number };
  });
}

/** Closing a case ends every external participant's access (a reopened case does not give it back). */
export async function endExternalAccess(ctx: AppContext, tx: StoreTx, c: CaseRecord, at: Date): Promise<void> {
  const flow = await ctx.flows.forCase(c);
  for (const p of (await loadExternals(tx, c.id)).filter((x) => !x.removedAt)) {
    const data = { number: p.number, role: p.roleId, reason: "case_closed" };
    await tx.appendEvent({
      caseId: c.id,
      at,
      type: "external.removed",
      actorId: null,
      platform: null,
      partyId: null,
      data,
      sealed: null,
    });
    await tellExternalAccessEnded(ctx, tx, c, p.number, at);
    ctx.log.info(
      { reference: c.reference, number: p.number, role: roleOf(flow, p.roleId)?.id },
      "external access ended at closure",
    );
  }
}
