// The trend of open and overdue cases, measured at the end of each week from the cases' own history
// (reported and closed times, obligations' start, deadline and completion), not from stored snapshots.
// Work that stood still at a week's end (a pausesOthers step ran on its case) is not overdue there, as in the
// digest's own overdue list and the export.
import type { DigestCase, DigestObligation, TrendPoint } from "./digest-types.ts";
import { isNoticeStep } from "./snapshot.ts";
import type { Week } from "./week.ts";

const openAt = (c: DigestCase, at: Date) => c.reportedAt < at && (c.closedAt === null || c.closedAt >= at);
const baseStep = (stepId: string) => stepId.split("#")[0] ?? stepId;

/** Started before `at` and not yet finished then (a cancellation is dated only by the case's closure). */
function runningAt(o: DigestObligation, c: DigestCase, at: Date): boolean {
  if (o.startedAt >= at) return false;
  if (o.status === "done") return o.doneAt === null || o.doneAt >= at;
  if (o.status === "cancelled") return c.closedAt !== null && c.closedAt >= at;
  return true;
}

/** Still owed at `at`: started, past its deadline, not done yet and not cancelled by a closure before then. */
function overdueAt(o: DigestObligation, c: DigestCase, at: Date): boolean {
  return !isNoticeStep(o.stepId) && o.dueAt < at && runningAt(o, c, at);
}

/** Flow id → the ids of its steps that pause the other clocks of their case while they run. */
export type PausingSteps = ReadonlyMap<string, ReadonlySet<string>>;

function overdueCaseAt(c: DigestCase, obligations: readonly DigestObligation[], at: Date, pausing: PausingSteps) {
  const pausers = pausing.get(c.flowId);
  const isPauser = (o: DigestObligation) => Boolean(pausers?.has(baseStep(o.stepId)));
  const paused = obligations.some((o) => isPauser(o) && runningAt(o, c, at));
  return obligations.some((o) => overdueAt(o, c, at) && (!paused || isPauser(o)));
}

export function trend(
  weeks: readonly Week[],
  cases: readonly DigestCase[],
  obligationsByCase: ReadonlyMap<string, DigestObligation[]>,
  pausing: PausingSteps = new Map(),
): TrendPoint[] {
  return weeks.map((week) => {
    const at = week.end;
    let open = 0;
    let overdue = 0;
    for (const c of cases) {
      if (!openAt(c, at)) continue;
      open++;
      if (overdueCaseAt(c, obligationsByCase.get(c.id) ?? [], at, pausing)) overdue++;
    }
    return { weekStart: week.start.toISOString(), weekNumber: week.number, open, overdue };
  });
}
