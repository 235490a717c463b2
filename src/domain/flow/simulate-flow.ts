// The simulator: a flow's timeline from a start date, computed by the engine's own domain rules (step order,
// deadlines, calendar anchors, evaluation moments, ladder rungs, notices, blocking flags) with no storage.
// Each step is assumed done on its deadline unless an event says otherwise; decisions are assumed granted.
import { required } from "../required.ts";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { rungTimes } from "../case/ladder.ts";
import { stepDeadline, stepOpensOn } from "./deadline.ts";
import type { Flow, FlowStep } from "./flow-schema.ts";
import { hasDeadline, NO_DEADLINE } from "./no-deadline.ts";
import { runBranches } from "./simulate-branches.ts";
import { acceptBranchOptIns, branchStop, branchWindows, withoutBranchOptIns } from "./simulate-branch-steps.ts";
import { caseEventEntry } from "./simulate-events.ts";
import { cutAtClose } from "./simulate-close.ts";
import { pausedDue, pausesOf } from "./simulate-pauses.ts";
import { flagSetAt, liftAfter, type SimulatedEvent, type SimulationInput } from "./simulate-input.ts";
import { noticeAt, stepDueDates } from "./step-schedule.ts";
import { firstMainStep, nextMainStep } from "./step-sequence.ts";

export type TimelineKind =
  | "date"
  | "flag"
  | "event"
  | "notice"
  | "blocked"
  | "step"
  | "evaluation"
  | "deadline"
  | "done"
  | "branch"
  | "pause"
  | "end";

export interface TimelineRung {
  notify: string;
  label: string | undefined;
  at: Date;
  fires: boolean;
}

export interface TimelineEntry {
  at: Date;
  kind: TimelineKind;
  label: string;
  stepId?: string;
  /** A step's deadline (its trial end for an evaluation step); absent for a step without one. */
  dueAt?: Date;
  /** The ladder of a deadline or evaluation moment: fires when the step is done later, else "if missed". */
  rungs?: TimelineRung[];
  /** Plain English details: owner, awaited date, decision assumption. */
  notes?: string[];
}

const MAX_STEPS = 200;

function ownerText(flow: Flow, step: FlowStep): string {
  return step.owner === "all" ? "every party" : (flow.parties.find((p) => p.id === step.owner)?.label ?? step.owner);
}

function doneEvent(events: readonly SimulatedEvent[], stepId: string, after: Date): Date | null {
  const done = events
    .filter((e) => e.kind === "done" && e.stepId === stepId && e.at >= after)
    .map((e) => e.at.getTime());
  return done.length ? new Date(Math.min(...done)) : null;
}

/** Each rung is due at its rung time; the sweep sends reminders in working hours only, so it goes out then. */
function rungsOf(flow: Flow, dueAt: Date, doneAt: Date | null, calendar: WorkingCalendar): TimelineRung[] {
  const times = rungTimes(dueAt, flow.escalation.ladder, calendar);
  return flow.escalation.ladder.map((rung, i) => ({
    notify: rung.notify,
    label: rung.label,
    at: calendar.nextWorkingMoment(required(times[i], "the time of a ladder rung")),
    fires: doneAt !== null && required(times[i], "the time of a ladder rung") < doneAt,
  }));
}

/** Runs one step from `at`: its start, its deadline or evaluation moments; returns when it is done (null: never). */
function runStep(
  input: SimulationInput,
  step: FlowStep,
  at: Date,
  calendar: WorkingCalendar,
  out: TimelineEntry[],
  stopAt?: Date,
): Date | null {
  const { flow, dates, events } = input;
  const planned = stepDeadline(step.deadline, at, dates, calendar);
  const { awaitingDate } = planned;
  const paused = pausedDue(step, at, planned.dueAt, pausesOf(input), calendar);
  const dueAt = paused.dueAt ?? NO_DEADLINE;
  const notes = [`owner: ${ownerText(flow, step)}`, ...paused.notes];
  const awaited = flow.dates.find((d) => d.id === awaitingDate)?.label;
  if (awaitingDate) notes.push(`counts from the start until "${awaited}" is entered`);
  const opensOn = stepOpensOn(step.deadline, at, dates, calendar);
  if (opensOn) notes.push(`vanaf ${opensOn}: the window opens then (no reminder before the deadline)`);
  if (step.kind === "decision") notes.push(`decision (${step.decision?.rule ?? "unanimous"}): assumed granted`);
  if (step.holdNotice) notes.push(`on the card: ${step.holdNotice}`);
  if (!hasDeadline(dueAt) && paused.dueAt) notes.push("no deadline: never escalated");
  out.push({ at, kind: "step", label: step.label, stepId: step.id, notes, ...(hasDeadline(dueAt) ? { dueAt } : {}) });
  const done = doneEvent(events, step.id, at);
  // Done on its deadline unless a done event says otherwise; a case event (stopAt) can cut it short.
  // A pause moves each evaluation moment too, as the engine moves every paused obligation's due date on resume.
  const moments = (step.kind === "evaluation" ? stepDueDates(step, at, dates, calendar) : []).map((m) => ({
    stepId: m.stepId,
    dueAt: pausedDue(step, at, m.dueAt, pausesOf(input), calendar).dueAt ?? m.dueAt,
  }));
  // An evaluation step without a deadline (every + count) is done with its last moment.
  const lastMoment = !hasDeadline(dueAt) && paused.dueAt ? moments.at(-1)?.dueAt : undefined;
  const natural = done ?? (hasDeadline(dueAt) ? dueAt : (lastMoment ?? null));
  const interrupted = stopAt && (!natural || stopAt < natural) ? stopAt : null;
  const doneAt = interrupted ?? done;
  if (step.kind === "evaluation") {
    moments.forEach(({ stepId, dueAt: moment }) => {
      const number = stepId.split("#")[1];
      const rungs = rungsOf(flow, moment, null, calendar);
      out.push({ at: moment, kind: "evaluation", label: `${step.label} #${number}`, stepId, rungs });
    });
  } else if (hasDeadline(dueAt) && !(doneAt && doneAt <= dueAt)) {
    const rungs = rungsOf(flow, dueAt, doneAt, calendar);
    out.push({ at: dueAt, kind: "deadline", label: step.label, stepId: step.id, rungs });
  }
  const finished = interrupted ?? natural;
  if (done && !interrupted) {
    out.push({ at: done, kind: "done", label: step.label, stepId: step.id, notes: ["by event"] });
  }
  return finished;
}

interface Jump {
  event: SimulatedEvent;
  at: Date;
  goTo: string;
}

/** The first recorded case event after `at` that sends the case to a step (it interrupts the running step). */
function nextJump(input: SimulationInput, at: Date, jumped: Set<SimulatedEvent>): Jump | null {
  for (const event of [...input.events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (event.kind !== "case_event" || event.at <= at || jumped.has(event)) continue;
    const goTo = input.flow.events.find((d) => d.id === event.eventId)?.goTo;
    if (goTo) return { event, at: event.at, goTo };
  }
  return null;
}

/** The main line, step after step, waiting for a blocking flag to be lifted. */
function runMainLine(input: SimulationInput, calendar: WorkingCalendar, out: TimelineEntry[]): void {
  const { flow, events } = input;
  let step: FlowStep | null = firstMainStep(flow);
  let at = input.start;
  const jumped = new Set<SimulatedEvent>();
  for (let guard = 0; step && guard < MAX_STEPS; guard++) {
    if (step.blockedBy && flagSetAt(events, step.blockedBy, at)) {
      const blockedBy = step.blockedBy;
      const flag = flow.flags.find((f) => f.id === blockedBy);
      out.push({ at, kind: "blocked", label: step.label, stepId: step.id, notes: [`while "${flag?.label}" is set`] });
      const lifted = liftAfter(events, step.blockedBy, at);
      if (!lifted) {
        out.push({ at, kind: "end", label: "the main line stays blocked (no lift event)" });
        return;
      }
      at = lifted;
    }
    const jump = nextJump(input, at, jumped);
    const finished = runStep(input, step, at, calendar, out, jump?.at);
    if (!finished) {
      out.push({ at, kind: "end", label: `the main line waits at "${step.label}" (no deadline)` });
      return;
    }
    at = finished;
    const target = jump && finished.getTime() === jump.at.getTime() ? jump.goTo : undefined;
    if (jump && target) jumped.add(jump.event);
    step = target ? (flow.steps.find((s) => s.id === target) ?? null) : nextMainStep(flow, step.id);
  }
  out.push({ at, kind: "end", label: "every step of the main line is done: the case can be closed" });
}

/** At the same moment: what happened before what follows from it. */
const KIND_ORDER: TimelineKind[] = [
  ...["date", "flag", "event", "deadline", "done", "branch", "blocked"],
  ...["step", "evaluation", "notice", "pause", "end"],
] as TimelineKind[];

export function simulateFlow(given: SimulationInput, calendar: WorkingCalendar): TimelineEntry[] {
  // Opt-ins into a branch's steps count only while the branch runs: find when each runs without them first.
  const dry = withoutBranchOptIns(given);
  const windows = branchWindows(dry, calendar, (step, at, stopAt) => runStep(dry, step, at, calendar, [], stopAt));
  const { input, refused } = acceptBranchOptIns(given, windows);
  const { flow, dates, events } = input;
  const out: TimelineEntry[] = [...refused];
  for (const def of flow.dates) {
    const date = dates.get(def.id);
    if (date) out.push({ at: date, kind: "date", label: def.label });
  }
  for (const e of events) {
    if (e.kind === "flag_set" || e.kind === "flag_lifted") {
      const label = flow.flags.find((f) => f.id === e.flag)?.label ?? e.flag;
      out.push({ at: e.at, kind: "flag", label, notes: [e.kind === "flag_set" ? "set" : "lifted"] });
    }
  }
  for (const notice of flow.notices) {
    const date = dates.get(notice.date);
    const party = flow.parties.find((p) => p.id === notice.notify)?.label ?? notice.notify;
    if (!date) continue;
    out.push({ at: noticeAt(notice, date, calendar), kind: "notice", label: notice.label, notes: [`to ${party}`] });
  }
  for (const e of events) if (e.kind === "case_event") out.push(caseEventEntry(flow, e.eventId, e.at));
  runMainLine(input, calendar, out);
  for (const e of events) {
    const step = e.kind === "opt_in" ? flow.steps.find((s) => s.id === e.stepId) : undefined;
    if (step) runStep(input, step, e.at, calendar, out, branchStop(input, windows, step.id));
  }
  out.push(...runBranches(input, calendar, (step, at, stopAt) => runStep(input, step, at, calendar, out, stopAt)));
  for (const p of pausesOf(input)) {
    out.push({ at: p.from, kind: "pause", label: p.step.label, notes: ["the other clocks stand still"] });
    if (p.to) out.push({ at: p.to, kind: "pause", label: p.step.label, notes: ["the other clocks run again"] });
  }
  out.sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return cutAtClose(flow, events, out);
}
