// Where each person is reached (one place), who could be reached nowhere (told to the coordinators once), and
// the one-time codes with which a person links their own chat account.
import type { Platform, StoreTx } from "../../app/ports.ts";
import { placeOf } from "../../domain/roster/place.ts";
import type { DbTx } from "./client.ts";

/** The platforms a message for this person goes to: their one place, when it is among `running`. */
export async function personPlatforms(db: DbTx, personId: string, running: readonly Platform[]): Promise<Platform[]> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { platform: true } });
  const accounts = await db.chatIdentity.findMany({ where: { personId }, select: { platform: true } });
  const place = placeOf({ preferred: person?.platform, accounts: accounts.map((a) => a.platform), running });
  return running.includes(place) ? [place] : [];
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
