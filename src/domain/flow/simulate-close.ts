// A case event that closes the case (`closes`) ends the simulator's timeline: nothing is planned after it, and
// the last line says which outcome the case closes with.
import type { Flow } from "./flow-schema.ts";
import type { TimelineEntry } from "./simulate-flow.ts";
import type { SimulatedEvent } from "./simulate-input.ts";

export function cutAtClose(flow: Flow, events: readonly SimulatedEvent[], timeline: TimelineEntry[]): TimelineEntry[] {
  const closing = events
    .flatMap((e) => {
      const def = e.kind === "case_event" ? flow.events.find((d) => d.id === e.eventId) : undefined;
      return def?.closes ? [{ at: e.at, outcome: def.closes }] : [];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  if (!closing) return timeline;
  const label = flow.outcomes.find((o) => o.value === closing.outcome)?.label ?? closing.outcome;
  const kept = timeline.filter((t) => t.at.getTime() <= closing.at.getTime() && t.kind !== "end");
  const upTo = kept.filter((t) => t.at.getTime() < closing.at.getTime() || t.kind === "event" || t.kind === "date");
  return [...upTo, { at: closing.at, kind: "end", label: `the case closes with "${label}"` }];
}
