// The trend of open and overdue cases, measured at the end of each week from the cases' own history
// (reported and closed times, obligations' start, deadline and completion), not from stored snapshots.
import type { DigestCase, DigestObligation, TrendPoint } from "./digest-types.ts";
import { isNoticeStep } from "./snapshot.ts";
import type { Week } from "./week.ts";

const openAt = (c: DigestCase, at: Date) => c.reportedAt < at && (c.closedAt === null || c.closedAt >= at);

/** Still owed at `at`: started, past its deadline, not done yet and not cancelled by a closure before then. */
function overdueAt(o: DigestObligation, c: DigestCase, at: Date): boolean {
  if (isNoticeStep(o.stepId) || o.startedAt >= at || o.dueAt >= at) return false;
  if (o.status === "done") return o.doneAt === null || o.doneAt >= at;
  if (o.status === "cancelled") return c.closedAt !== null && c.closedAt >= at;
  return true;
}

export function trend(
  weeks: readonly Week[],
  cases: readonly DigestCase[],
  obligationsByCase: ReadonlyMap<string, DigestObligation[]>,
): TrendPoint[] {
  return weeks.map((week) => {
    const at = week.end;
    let open = 0;
    let overdue = 0;
    for (const c of cases) {
      if (!openAt(c, at)) continue;
      open++;
      if ((obligationsByCase.get(c.id) ?? []).some((o) => overdueAt(o, c, at))) overdue++;
    }
    return { weekStart: week.start.toISOString(), weekNumber: week.number, open, overdue };
  });
}
