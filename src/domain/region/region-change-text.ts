// Region changes as readable English lines for the operator (`npm run region -- diff|apply|log`), with names
// instead of ids: "Woonstichting Woonhaven × Bergen op Zoom: contact A. → B.".
import type { RegionChange } from "./region-diff.ts";

export interface NameLookup {
  person(id: string): string;
  organisation(id: string): string;
  municipality(id: string): string;
}

const PEOPLE_FIELDS = new Set(["contact", "deputy", "coordinator", "person"]);

function show(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string" && PEOPLE_FIELDS.has(field)) return names.person(value);
  if (typeof value === "string" && field === "organisationId") return names.organisation(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Nested values (a region's channels) as dotted keys, so a change reads "channels.shared.slack — → C0123". */
function flatten(value: Record<string, unknown> | null, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value ?? {})) {
    const nested = v && typeof v === "object" && !Array.isArray(v);
    if (nested) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = v;
  }
  return out;
}

function fieldChanges(change: RegionChange, names: NameLookup): string {
  const [was, now] = [flatten(change.before), flatten(change.after)];
  return Object.keys(now)
    .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]))
    .map((f) => `${f.replace(/Id$/, "")} ${show(f, was[f], names)} → ${show(f, now[f], names)}`)
    .join("; ");
}

function pairName(subject: string, names: NameLookup): string {
  const [organisation, municipality] = subject.split("×") as [string, string];
  return `${names.organisation(organisation)} × ${names.municipality(municipality)}`;
}

function rosterPeople(value: Record<string, unknown> | null, names: NameLookup): string {
  return (["contact", "deputy", "coordinator"] as const)
    .filter((role) => value?.[role])
    .map((role) => `${role} ${show(role, value?.[role], names)}`)
    .join(", ");
}

export function describeRegionChange(change: RegionChange, names: NameLookup): string {
  const s = change.subject;
  switch (change.kind) {
    case "region.added":
      return `region added: ${String(change.after?.name ?? s)}`;
    case "region.changed":
      return `region: ${fieldChanges(change, names)}`;
    case "municipality.added":
      return `municipality added: ${names.municipality(s)}`;
    case "municipality.changed":
      return `municipality ${s}: ${fieldChanges(change, names)}`;
    case "organisation.added":
      return `organisation added: ${names.organisation(s)} (${String(change.after?.type)})`;
    case "organisation.changed":
      return `organisation ${s}: ${fieldChanges(change, names)}`;
    case "person.added":
      return `person added: ${names.person(s)} (${names.organisation(String(change.after?.organisationId))})`;
    case "person.changed":
      return `person ${names.person(s)}: ${fieldChanges(change, names)}`;
    case "person.deactivated":
      return `person deactivated: ${names.person(s)} (kept for history; no notices, cannot act)`;
    case "person.reactivated":
      return `person reactivated: ${names.person(s)}`;
    case "identity.moved":
      return (
        `${s} moves from ${show("person", change.before?.person, names)} ` +
        `to ${show("person", change.after?.person, names)} (the file wins)`
      );
    case "roster.added":
      return `${pairName(s, names)}: added (${rosterPeople(change.after, names)})`;
    case "roster.changed":
      return `${pairName(s, names)}: ${fieldChanges(change, names)}`;
    case "roster.removed":
      return `${pairName(s, names)}: removed (was ${rosterPeople(change.before, names)})`;
    case "coordinator.added":
      return `coordinator added: ${names.person(s)}`;
    case "coordinator.removed":
      return `coordinator removed: ${names.person(s)}`;
  }
}
