// Use-case: a platform could not reach a person at their one place. The case card says so, and the
// coordinators of the person's region are told once per person (remembered in the database), not per case.
import { t } from "../i18n/messages.ts";
import type { AppContext } from "./context.ts";
import type { Platform, StoreTx } from "./ports.ts";

const REASON = { slack: "reach.reason.slack", teams: "reach.reason.teams", local: "reach.reason.local" } as const;

async function regionsOf(tx: StoreTx, personId: string, caseId?: string): Promise<string[]> {
  const c = caseId ? await tx.case(caseId) : null;
  const municipalityIds = c ? [c.municipalityId] : (await tx.rosterForPerson(personId)).map((r) => r.municipalityId);
  const regions = new Set<string>();
  for (const id of municipalityIds) {
    const municipality = await tx.municipality(id);
    if (municipality) regions.add(municipality.regionId);
  }
  return [...regions];
}

export async function reportUnreachable({
  ctx,
  personId,
  platform,
  caseId,
}: {
  ctx: AppContext;
  personId: string;
  platform: Platform;
  caseId?: string;
}): Promise<void> {
  const at = ctx.clock.now();
  const first = await ctx.store.transaction(async (tx) => {
    if (!(await tx.markUnreachable(personId, platform, at))) return false;
    const name = (await tx.person(personId))?.name ?? personId;
    const notice = {
      key: "notice.unreachable",
      params: { name, person: personId, reason: t("nl", REASON[platform]) },
    } as const;
    for (const regionId of await regionsOf(tx, personId, caseId))
      await tx.enqueue({ kind: "coordinators.post", regionId, notice }, at, ctx.platforms);
    // The card shows who is reachable nowhere; other open cases show it at their next change.
    if (caseId) await tx.enqueue({ kind: "case.card", caseId }, at, ctx.platforms);
    return true;
  });
  if (first) ctx.log.warn({ personId, platform }, "person can be reached on no platform; coordinators told once");
  else ctx.log.info({ personId, platform }, "person still unreachable; coordinators were told before");
}
