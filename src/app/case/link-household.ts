// A new case for a household with a running agreement (second chance) links to it, and its parties hear of it.
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { routingsOf } from "./case-routing.ts";
import { notifierFor } from "./notify.ts";
import { tellActingContact } from "../absence/acting.ts";

/** Normalises an address so small differences in typing still find the same household. */
export function householdText(address: string): string {
  return address
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

export async function linkToRunningAgreement(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  kind: string,
  at: Date,
): Promise<CaseRecord | null> {
  if (!c.householdKey) return null;
  for (const other of await tx.casesOfHousehold(c.householdKey)) {
    if (other.id === c.id) continue;
    const flow = await ctx.flows.forCase(other);
    if (!flow.agreement) continue;
    const granted = (await tx.events(other.id)).some(
      (e) => e.type === "decision.recorded" && e.data.result === "granted",
    );
    if (!granted) continue;
    await tx.updateCase(c.id, c.revision, { linkedCaseId: other.id });
    await tx.appendEvent({
      caseId: c.id,
      at,
      type: "case.linked",
      actorId: null,
      platform: null,
      partyId: null,
      data: { agreement: other.reference },
      sealed: null,
    });
    await tx.appendEvent({
      caseId: other.id,
      at,
      type: "agreement.linked_case",
      actorId: null,
      platform: null,
      partyId: null,
      data: { caseReference: c.reference, kind },
      sealed: null,
    });
    const notify = notifierFor(ctx, tx, other, at);
    const params = { reference: c.reference, kind, agreement: other.reference };
    await notify.threadIfHeard({ key: "notice.linked_case", params });
    for (const r of await routingsOf(tx, other)) {
      const notice = { key: "notice.linked_case" as const, params };
      await tellActingContact({ ctx, tx, c: other, organisationId: r.organisationId, at, notice });
    }
    await notifierFor(ctx, tx, c, at).thread({ key: "notice.linked_agreement", params });
    ctx.log.info(
      { reference: c.reference, agreement: other.reference },
      "case linked to a running agreement of the same household",
    );
    return other;
  }
  return null;
}
