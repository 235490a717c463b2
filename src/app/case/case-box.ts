// The sealing box of one case: its own data key, created on the first sealed write (crypto-shredding: erasing
// a case destroys the key, and with it every copy of what was sealed).
import type { AppContext } from "../context.ts";
import type { CaseBox, StoreTx } from "../ports.ts";

/** For writing: creates the case's key when it has none yet (new cases, and cases from before case keys). */
export async function caseBoxForWriting(ctx: AppContext, tx: StoreTx, caseId: string): Promise<CaseBox> {
  let key = await tx.caseKey(caseId);
  if (!key) {
    key = ctx.sealer.newCaseKey(caseId);
    await tx.saveCaseKey(caseId, key, ctx.clock.now());
  }
  return ctx.sealer.box(caseId, key);
}

/** For reading: never creates a key, so reading an erased case cannot bring one back. */
export async function caseBoxForReading(ctx: AppContext, tx: StoreTx, caseId: string): Promise<CaseBox> {
  return ctx.sealer.box(caseId, await tx.caseKey(caseId));
}
