// Everything held about one case, opened with its key, in plain words: the resident's details, the structured
// values, entered dates and flags, the timeline with its notes and reasons, and the view log.
import type { AppContext } from "../context.ts";
import { caseBoxForReading } from "../case/case-box.ts";
import { municipalityName, organisationName } from "../case/notify.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { loadViewLog, type ViewLogEntry } from "./view-log.ts";
import { RESTRICTED_FLAG, wasErased } from "./avg-rules.ts";

export interface ResidentCase {
  reference: string;
  flow: string;
  municipality: string;
  status: string;
  outcome: string | null;
  reportedAt: string;
  closedAt: string | null;
  legalBasis: string | null;
  erased: boolean;
  restricted: boolean;
  details: Record<string, string>;
  values: Record<string, string>;
  dates: Record<string, string>;
  flags: string[];
  timeline: { at: string; type: string; by: string; organisation: string; text?: string }[];
  viewLog: ViewLogEntry[];
}

const shown = (v: unknown) => (v == null ? "" : String(v));

async function timelineOf(tx: StoreTx, ctx: AppContext, c: CaseRecord): Promise<ResidentCase["timeline"]> {
  const box = await caseBoxForReading(ctx, tx, c.id);
  const timeline: ResidentCase["timeline"] = [];
  for (const e of await tx.events(c.id)) {
    const person = e.actorId ? await tx.person(e.actorId) : null;
    const body = e.sealed ? box.open<{ note?: string; reason?: string }>(e.sealed) : null;
    const text = body?.note ?? body?.reason;
    timeline.push({
      at: e.at.toISOString(),
      type: e.type,
      by: person?.name ?? "Schakel",
      organisation: person ? await organisationName(tx, person.organisationId) : "",
      ...(text ? { text } : {}),
    });
  }
  return timeline;
}

export async function openCaseRecord(ctx: AppContext, tx: StoreTx, c: CaseRecord): Promise<ResidentCase> {
  const flow = await ctx.flows.forCase(c);
  const stored = await tx.residentDetails(c.id);
  const personal = stored ? (await caseBoxForReading(ctx, tx, c.id)).open<Record<string, unknown>>(stored.sealed) : {};
  const label = (id: string) => flow.form.fields.find((f) => f.id === id)?.label ?? id;
  const flags = await tx.caseFlags(c.id);
  return {
    reference: c.reference,
    flow: flow.title,
    municipality: await municipalityName(tx, c.municipalityId),
    status: c.status,
    outcome: c.outcome ? (flow.outcomes.find((o) => o.value === c.outcome)?.label ?? c.outcome) : null,
    reportedAt: c.reportedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    legalBasis: stored?.legalBasis ?? null,
    erased: wasErased(await tx.events(c.id)),
    restricted: flags.includes(RESTRICTED_FLAG),
    details: Object.fromEntries(Object.entries(personal).map(([k, v]) => [label(k), shown(v)])),
    values: Object.fromEntries(Object.entries(c.publicValues).map(([k, v]) => [label(k), shown(v)])),
    dates: Object.fromEntries(
      (await tx.caseDates(c.id)).map((d) => [
        flow.dates.find((x) => x.id === d.key)?.label ?? d.key,
        ctx.calendar.localDate(d.date),
      ]),
    ),
    flags: flow.flags.filter((f) => flags.includes(f.id)).map((f) => f.label),
    timeline: await timelineOf(tx, ctx, c),
    viewLog: await loadViewLog(tx, c.id),
  };
}
