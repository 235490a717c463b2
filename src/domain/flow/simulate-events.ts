// A recorded case event on the simulator's timeline, with what the flow says it does (a step it goes to, a
// level, the parties told, a branch it starts or ends).
import { required } from "../required.ts";
import type { Flow } from "./flow-schema.ts";
import type { TimelineEntry } from "./simulate-flow.ts";

export function caseEventEntry(flow: Flow, eventId: string, at: Date): TimelineEntry {
  const def = required(
    flow.events.find((d) => d.id === eventId),
    "flow.events.find((d) => d.id === eventId)",
  );
  const party = (p: string) => flow.parties.find((x) => x.id === p)?.label ?? p;
  const branch = (b: string) => flow.branches.find((x) => x.id === b)?.label ?? b;
  const notes = [
    ...(def.goTo ? [`goes to "${flow.steps.find((s) => s.id === def.goTo)?.label}"`] : []),
    ...(def.escalateTo ? [`level "${flow.escalation.levels.find((l) => l.id === def.escalateTo)?.label}"`] : []),
    ...(def.notify.length ? [`tells ${def.notify.map(party).join(", ")}`] : []),
    ...(def.startBranch ? [`starts branch "${branch(def.startBranch)}"`] : []),
    ...(def.endBranch ? [`ends branch "${branch(def.endBranch)}"`] : []),
    ...(def.closes ? [`closes the case with "${flow.outcomes.find((o) => o.value === def.closes)?.label}"`] : []),
  ];
  return { at, kind: "event", label: def.label, notes };
}
