// Absences recorded in chat and their audit log. The region files never touch these tables.
import type { AbsenceReads, AbsenceWrites } from "../../app/ports.ts";
import type { DbTx } from "./client.ts";

/** Not over at `at`: the planned end is later and it was not ended early before then. */
const notOverAt = (at: Date) => ({ endsAt: { gt: at }, OR: [{ endedAt: null }, { endedAt: { gt: at } }] });

export function absenceStore(db: DbTx): AbsenceReads & AbsenceWrites {
  return {
    absencesOf: (personIds, at) =>
      personIds.length === 0
        ? Promise.resolve([])
        : db.absence.findMany({
            where: { personId: { in: [...personIds] }, ...notOverAt(at) },
            orderBy: { startsAt: "asc" },
          }),
    absencesFrom: (at) =>
      db.absence.findMany({ where: notOverAt(at), orderBy: [{ startsAt: "asc" }, { personId: "asc" }] }),
    createAbsence: (input) => db.absence.create({ data: input }),
    async endAbsence(id, at, endedById) {
      const { count } = await db.absence.updateMany({
        where: { id, ...notOverAt(at) },
        data: { endedAt: at, endedById },
      });
      return count === 1;
    },
    async appendAbsenceEvent(event) {
      await db.absenceEvent.create({ data: { ...event, data: JSON.stringify(event.data) } });
    },
  };
}
