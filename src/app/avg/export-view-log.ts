// Use-case: the view log of every case for a period, for the Functionaris Gegevensbescherming: who opened which
// case's details when, every refused attempt and every AVG request. References and staff only, no resident data.
import type { AppContext } from "../context.ts";
import { VIEW_LOG_TYPES } from "./avg-rules.ts";
import { viewLogEntry } from "./view-log.ts";
import { directoryMemo } from "../request-reads.ts";

export const VIEW_LOG_COLUMNS = [
  "moment",
  "reference",
  "event",
  "person",
  "organisation",
  "platform",
  "refused_because",
  "reason",
] as const;
export type ViewLogRow = Record<(typeof VIEW_LOG_COLUMNS)[number], string>;

export async function exportViewLog({ ctx, from, to }: { ctx: AppContext; from: Date; to: Date }) {
  const read = ctx.store.read;
  const staff = directoryMemo(read); // each person named once, not once per row
  const references = new Map<string, string>();
  const rows: ViewLogRow[] = [];
  for (const event of await read.eventsOfTypesBetween([...VIEW_LOG_TYPES], from, to)) {
    const entry = await viewLogEntry(staff, event);
    if (!entry) continue;
    if (!references.has(event.caseId))
      references.set(event.caseId, (await read.case(event.caseId))?.reference ?? event.caseId);
    rows.push({
      moment: entry.at.toISOString(),
      reference: references.get(event.caseId) ?? "",
      event: entry.type,
      person: entry.name,
      organisation: entry.organisation,
      platform: entry.platform ?? "",
      refused_because: entry.why ?? "",
      reason: entry.reason ?? "",
    });
  }
  ctx.log.info({ from: from.toISOString(), to: to.toISOString(), rows: rows.length }, "view log export prepared");
  return rows;
}
