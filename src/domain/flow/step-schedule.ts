// When a started step is due: one deadline, or one per evaluation moment ("evaluation#2"); and when a notice
// ahead of an entered date goes out. Shared by the engine (src/app) and the simulator.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { computeDeadline, stepDeadline } from "./deadline.ts";
import { evaluationSchedule } from "./evaluation-schedule.ts";
import type { Duration, Flow, FlowStep } from "./flow-schema.ts";

export interface StepDue {
  /** The obligation's step id: the step's own id, or "<id>#<n>" for the n-th evaluation moment. */
  stepId: string;
  dueAt: Date;
}

/** The due dates a step creates when it starts at `at`, given the dates entered so far. */
export function stepDueDates(
  step: FlowStep,
  at: Date,
  dates: ReadonlyMap<string, Date>,
  calendar: WorkingCalendar,
): StepDue[] {
  const { dueAt } = stepDeadline(step.deadline, at, dates, calendar);
  if (step.kind !== "evaluation" || !step.evaluation) return [{ stepId: step.id, dueAt }];
  return evaluationSchedule(at, dueAt, step.evaluation, calendar).map((moment, k) => ({
    stepId: `${step.id}#${k + 1}`,
    dueAt: moment,
  }));
}

/** A notice goes out at the start of the working day `before.amount` working days before its date. */
export function noticeAt(notice: Flow["notices"][number], date: Date, calendar: WorkingCalendar): Date {
  return calendar.startOfWorkingDayBefore(date, notice.before.amount);
}

/** A branch with `startsAfter` starts at the start of the working day its duration after the entered date ends on. */
export function branchStartAt(after: Duration, date: Date, calendar: WorkingCalendar): Date {
  return calendar.startOfWorkingDayBefore(computeDeadline(date, after, calendar), 0);
}
