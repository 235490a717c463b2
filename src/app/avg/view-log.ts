// The view log of one case: who opened its details when, every refused attempt and every AVG request,
// with the person's name and organisation (staff data, never the resident's).
import type { CaseEventRecord, StoreTx } from "../ports.ts";
import { organisationName } from "../case/notify.ts";
import { VIEW_LOG_TYPES } from "./avg-rules.ts";
import type { ViewLogEntry } from "../../ui/view-models/case-details.ts";
import { t } from "../../i18n/messages.ts";
import { directoryMemo } from "../request-reads.ts";

export type { ViewLogEntry } from "../../ui/view-models/case-details.ts";

const isViewLogType = (type: string): type is ViewLogEntry["type"] =>
  (VIEW_LOG_TYPES as readonly string[]).includes(type);

export async function viewLogEntry(tx: StoreTx, e: CaseEventRecord): Promise<ViewLogEntry | null> {
  if (!isViewLogType(e.type)) return null;
  const person = e.actorId ? await tx.person(e.actorId) : null;
  // An external participant is named by role only: the view log outlives an erasure, their name must not.
  const external =
    typeof e.data.externalRole === "string" ? t("nl", "view_log.external", { role: e.data.externalRole }) : null;
  return {
    at: e.at,
    type: e.type,
    personId: e.actorId,
    name: person?.name ?? external ?? e.actorId ?? "—",
    organisation: person ? await organisationName(tx, person.organisationId) : "—",
    platform: e.platform,
    ...(typeof e.data.why === "string" ? { why: e.data.why } : {}),
    ...(typeof e.data.reason === "string" ? { reason: e.data.reason } : {}),
  };
}

export async function loadViewLog(tx: StoreTx, caseId: string): Promise<ViewLogEntry[]> {
  const entries: ViewLogEntry[] = [];
  // Each viewer is looked up once, not once per view (a case viewed often made every view slower).
  const reads = directoryMemo(tx);
  for (const e of await tx.events(caseId)) {
    const entry = await viewLogEntry(reads, e);
    if (entry) entries.push(entry);
  }
  return entries;
}
