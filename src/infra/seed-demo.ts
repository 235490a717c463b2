// Seeds the demo region into an empty database, so the console is useful at once.
import type { Db } from "./prisma/client.ts";
import { demoRegion } from "./demo-region.ts";

export async function seedDemoRegion(db: Db): Promise<boolean> {
  if ((await db.region.count()) > 0) return false;
  const d = demoRegion;
  await db.$transaction(async (tx) => {
    await tx.region.create({ data: d.region });
    for (const m of d.municipalities) await tx.municipality.create({ data: { ...m, regionId: d.region.id } });
    for (const o of d.organisations) await tx.organisation.create({ data: o });
    for (const p of d.people) {
      await tx.person.create({ data: { ...p, email: `${p.id}@demo.schakel.nl` } });
      await tx.chatIdentity.create({ data: { personId: p.id, platform: "local", externalId: p.id } });
    }
    for (const r of d.roster) {
      await tx.rosterEntry.create({ data: { organisationId: r.organisationId, municipalityId: r.municipalityId, primaryPersonId: r.primary, deputyPersonId: r.deputy } });
    }
    for (const personId of d.coordinators) await tx.regionCoordinator.create({ data: { regionId: d.region.id, personId } });
  });
  return true;
}
