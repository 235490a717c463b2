// Where each person is reached (one place), who could be reached nowhere (told to the coordinators once), and
// the one-time codes with which a person links their own chat account.
import type { Platform, StoreTx } from "../../app/ports.ts";
import { placeOf } from "../../domain/roster/place.ts";
import type { DbTx } from "./client.ts";

/** The platforms a message for each of these people goes to: their one place, when it is among `running`. Two reads
 * for all of them (the sweep's batch names many people). */
export async function peoplePlatforms(
  db: DbTx,
  personIds: readonly string[],
  running: readonly Platform[],
): Promise<Map<string, Platform[]>> {
  const ids = [...new Set(personIds)];
  const places = new Map<string, Platform[]>();
  if (ids.length === 0) return places;
  const where = ids.length === 1 ? { id: ids[0] } : { id: { in: ids } };
  const people = await db.person.findMany({ where, select: { id: true, platform: true } });
  const accounts = await db.chatIdentity.findMany({
    where: ids.length === 1 ? { personId: ids[0] } : { personId: { in: ids } },
    select: { personId: true, platform: true },
  });
  for (const personId of ids) {
    const place = placeOf({
      preferred: people.find((p) => p.id === personId)?.platform,
      accounts: accounts.filter((a) => a.personId === personId).map((a) => a.platform),
      running,
    });
    places.set(personId, running.includes(place) ? [place] : []);
  }
  return places;
}

export function reachStore(
  db: DbTx,
): Pick<StoreTx, "markUnreachable" | "clearUnreachable" | "saveLinkCode" | "useLinkCode"> {
  return {
    async markUnreachable(personId, platform, at) {
      if (await db.unreachablePerson.findUnique({ where: { personId } })) return false;
      await db.unreachablePerson.create({ data: { personId, platform, reportedAt: at } });
      return true;
    },
    async clearUnreachable(personId) {
      await db.unreachablePerson.deleteMany({ where: { personId } });
    },
    async saveLinkCode(code) {
      await db.linkCode.create({ data: code });
    },
    async useLinkCode(hash, at) {
      // A conditional update: of two people racing with one code, one gets it.
      const { count } = await db.linkCode.updateMany({
        where: { hash, usedAt: null, expiresAt: { gt: at } },
        data: { usedAt: at },
      });
      return count === 1 ? ((await db.linkCode.findUnique({ where: { hash } }))?.personId ?? null) : null;
    },
  };
}
