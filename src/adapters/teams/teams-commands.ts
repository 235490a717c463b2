// What people type to the bot in Teams ("melding overlast", "mijn taken", "status OV-2026-0001", "help"),
// mapped onto the core's commands (/overlast, /schakel mijn, /schakel status ...).
import type { FlowCatalog } from "../../app/ports.ts";

export type TeamsCommand = { kind: "run"; command: string; text?: string } | { kind: "help" } | { kind: "unknown" };

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

export function parseTeamsCommand(input: string, flows: FlowCatalog): TeamsCommand {
  const text = input.trim().replace(/^\//, "");
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const tail = rest.join(" ");
  if (word === "" || word === "help" || word === "hulp" || word === "?") return { kind: "help" };
  if (word === "melding" || word === "meld") {
    if (!tail) return { kind: "help" };
    const wanted = squash(tail);
    const flow = flows
      .all()
      .find(
        (f) => squash(f.flow.id) === wanted || squash(f.flow.command) === wanted || squash(f.flow.title) === wanted,
      );
    return flow ? { kind: "run", command: flow.flow.command } : { kind: "unknown" };
  }
  if (word === "mijn" || word === "taken") return { kind: "run", command: "/schakel", text: "mijn" };
  if (word === "status") return { kind: "run", command: "/schakel", text: `status ${rest[0] ?? ""}`.trim() };
  if (word === "schakel") return { kind: "run", command: "/schakel", text: tail };
  if (word === "rooster" || word === "afwezig") {
    return { kind: "run", command: "/schakel", text: `${word} ${tail}`.trim() };
  }
  const byCommand = flows.byCommand(`/${word}`);
  return byCommand ? { kind: "run", command: byCommand.flow.command } : { kind: "unknown" };
}

/** The report commands as people type them in Teams, for the help text. */
export function reportCommands(flows: FlowCatalog): string {
  return flows
    .all()
    .map((f) => `melding ${f.flow.id.replace(/_/g, " ")}`)
    .join(", ");
}
