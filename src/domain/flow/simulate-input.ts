// What a simulation is given: the start, the entered dates and events on dates ("the objection is lifted on
// 10 March", "a party opts into the payment plan", "the case meeting is held early"), resolved against a flow.
import type { Flow } from "./flow-schema.ts";

export type SimulatedEvent =
  | { kind: "done"; stepId: string; at: Date }
  | { kind: "opt_in"; stepId: string; at: Date }
  | { kind: "flag_set"; flag: string; at: Date }
  | { kind: "flag_lifted"; flag: string; at: Date }
  | { kind: "case_event"; eventId: string; at: Date }
  | { kind: "branch_opt_in"; branchId: string; at: Date };

export interface SimulationInput {
  flow: Flow;
  start: Date;
  /** Entered dates by id (a hearing, the eviction date), as if entered at the start. */
  dates: ReadonlyMap<string, Date>;
  events: readonly SimulatedEvent[];
}

/**
 * An event id as a coordinator writes it: a main-line step id (done that day), an optional step id (a party
 * opts in), a flag id (set), `lift:<flag>` (lifted), a case event the flow declares (recorded that day) or a
 * branch id (a party opts into the branch); `done:<step>` marks any step done that day (an optional one too).
 * Returns an English problem when the id is unknown.
 */
export function resolveEvent(flow: Flow, id: string, at: Date): SimulatedEvent | string {
  if (id.startsWith("done:")) {
    const step = flow.steps.find((s) => s.id === id.slice(5));
    return step ? { kind: "done", stepId: step.id, at } : `unknown step "${id.slice(5)}"`;
  }
  if (id.startsWith("lift:")) {
    const flag = id.slice(5);
    return flow.flags.some((f) => f.id === flag) ? { kind: "flag_lifted", flag, at } : `unknown flag "${flag}"`;
  }
  const step = flow.steps.find((s) => s.id === id);
  if (step) return step.optional ? { kind: "opt_in", stepId: id, at } : { kind: "done", stepId: id, at };
  if (flow.flags.some((f) => f.id === id)) return { kind: "flag_set", flag: id, at };
  if (flow.events.some((e) => e.id === id)) return { kind: "case_event", eventId: id, at };
  const branch = flow.branches.find((b) => b.id === id);
  // The engine lets a party start a branch by hand only with optInBy: simulating more would print a start that
  // cannot happen.
  if (branch?.optInBy) return { kind: "branch_opt_in", branchId: id, at };
  if (branch) return `nobody can start branch "${id}" by hand (it has no optInBy); use its case event or --date`;
  const flags = flow.flags.flatMap((f) => [f.id, `lift:${f.id}`]);
  const known = [
    ...flow.steps.map((s) => s.id),
    ...flags,
    ...flow.events.map((e) => e.id),
    ...flow.branches.filter((b) => b.optInBy).map((b) => b.id),
  ];
  return `unknown event "${id}" (use one of ${known.join(", ")})`;
}

/** Whether `flag` is set at `at`: the last set or lift at or before that moment wins. */
export function flagSetAt(events: readonly SimulatedEvent[], flag: string, at: Date): boolean {
  let set = false;
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (e.at > at) break;
    if (e.kind === "flag_set" && e.flag === flag) set = true;
    if (e.kind === "flag_lifted" && e.flag === flag) set = false;
  }
  return set;
}

/** The first lift of `flag` after `at`, if any. */
export function liftAfter(events: readonly SimulatedEvent[], flag: string, at: Date): Date | null {
  const lifts = events.filter((e) => e.kind === "flag_lifted" && e.flag === flag && e.at >= at).map((e) => e.at);
  return lifts.length ? new Date(Math.min(...lifts.map((d) => d.getTime()))) : null;
}
