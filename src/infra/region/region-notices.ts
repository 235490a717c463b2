// After a roster change: each new contact or deputy gets ONE message listing the open case references they
// take over (never personal data), and the region's coordinators get ONE summary of all roster changes.
import type { Platform } from "../../app/ports.ts";
import { handovers, type RegionChange } from "../../domain/region/region-diff.ts";
import type { NameLookup } from "../../domain/region/region-change-text.ts";
import { t, type Locale, type MessageKey } from "../../i18n/messages.ts";
import type { DbTx } from "../prisma/client.ts";
import { outboxWrites } from "../prisma/outbox-store.ts";

export interface RegionNoticeOptions {
  db: DbTx;
  regionId: string;
  regionName: string;
  changes: RegionChange[];
  names: NameLookup;
  localeOf(personId: string): Locale;
  by: string;
  at: Date;
  platforms: readonly Platform[];
}

async function openReferences(db: DbTx, organisationId: string, municipalityId: string): Promise<string[]> {
  const open = await db.obligation.findMany({
    where: { status: "open", organisationId, case: { municipalityId, status: "open" } },
    select: { case: { select: { reference: true } } },
  });
  return [...new Set(open.map((o) => o.case.reference))].sort();
}

async function queueHandovers(o: RegionNoticeOptions): Promise<void> {
  const byPerson = new Map<string, string[]>();
  for (const h of handovers(o.changes)) {
    const locale = o.localeOf(h.personId);
    const references = await openReferences(o.db, h.organisationId, h.municipalityId);
    const line = t(locale, "region.handover_line", {
      organisation: o.names.organisation(h.organisationId),
      municipality: o.names.municipality(h.municipalityId),
      role: t(locale, `region.role.${h.role}`),
      references: references.length ? references.join(", ") : t(locale, "region.no_open_cases"),
    });
    byPerson.set(h.personId, [...(byPerson.get(h.personId) ?? []), line]);
  }
  for (const [personId, lines] of byPerson) {
    const notice = { key: "region.handover" as const, params: { lines: lines.join("\n") } };
    await outboxWrites(o.db).enqueue({ kind: "person.dm", personId, notice }, o.at, o.platforms);
  }
}

function summaryLine(change: RegionChange, names: NameLookup): string[] {
  const [organisationId, municipalityId] = change.subject.split("×") as [string, string];
  const pair = {
    organisation: names.organisation(organisationId),
    municipality: names.municipality(municipalityId ?? ""),
  };
  const person = (value: unknown) => (typeof value === "string" ? names.person(value) : "—");
  const name = names.person(change.subject);
  switch (change.kind) {
    case "roster.changed":
      return Object.keys(change.after ?? {}).map((role) =>
        t("nl", "region.line.roster_changed", {
          ...pair,
          role: t("nl", `region.role.${role}` as MessageKey),
          before: person(change.before?.[role]),
          after: person(change.after?.[role]),
        }),
      );
    case "roster.added":
      return [t("nl", "region.line.roster_added", { ...pair, contact: person(change.after?.contact) })];
    case "roster.removed":
      return [t("nl", "region.line.roster_removed", pair)];
    case "person.deactivated":
      return [t("nl", "region.line.person_deactivated", { name })];
    case "coordinator.added":
      return [t("nl", "region.line.coordinator_added", { name })];
    case "coordinator.removed":
      return [t("nl", "region.line.coordinator_removed", { name })];
    default:
      return [];
  }
}

/** Nothing is sent when a region is applied for the first time: there is nothing to hand over yet. */
export async function queueRegionNotices(o: RegionNoticeOptions): Promise<void> {
  if (o.changes.some((c) => c.kind === "region.added")) return;
  await queueHandovers(o);
  const lines = o.changes.flatMap((c) => summaryLine(c, o.names));
  if (lines.length === 0) return;
  const params = { region: o.regionName, by: o.by, lines: lines.join("\n") };
  const notice = { key: "region.summary" as const, params };
  await outboxWrites(o.db).enqueue({ kind: "coordinators.post", regionId: o.regionId, notice }, o.at, o.platforms);
}
