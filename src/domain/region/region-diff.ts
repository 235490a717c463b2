// What applying a region file would change in the database: a list of changes, each with before and after,
// that the apply writes and audits and the diff command prints. Pure: both states come in as data.
import { required } from "../required.ts";
import { rosterKey, type PersonState, type RegionState } from "./region-state.ts";

export type RegionChangeKind =
  | "region.added"
  | "region.changed"
  | "municipality.added"
  | "municipality.changed"
  | "organisation.added"
  | "organisation.changed"
  | "person.added"
  | "person.changed"
  | "person.deactivated"
  | "person.reactivated"
  | "identity.moved"
  | "roster.added"
  | "roster.changed"
  | "roster.removed"
  | "coordinator.added"
  | "coordinator.removed";

export interface RegionChange {
  kind: RegionChangeKind;
  /** What changed: an id, an "organisation×municipality" pair, or a "platform:account". */
  subject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ, so before/after show what changed. */
type Fields = { before: Record<string, unknown>; after: Record<string, unknown> };

function changedFields<T extends object>(before: T, after: T): Fields | null {
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => !same(before[k], after[k]));
  if (keys.length === 0) return null;
  const pick = (from: T) => Object.fromEntries(keys.map((k) => [k, from[k]]));
  return { before: pick(before), after: pick(after) };
}

type Kind = "municipality" | "organisation";

function byId<T extends { id: string }>(current: T[], desired: T[], kind: Kind): RegionChange[] {
  const now = new Map(current.map((x) => [x.id, x]));
  return desired.flatMap((want): RegionChange[] => {
    const have = now.get(want.id);
    if (!have) return [{ kind: `${kind}.added`, subject: want.id, before: null, after: { ...want } }];
    const diff = changedFields(have, want);
    return diff ? [{ kind: `${kind}.changed`, subject: want.id, ...diff }] : [];
  });
}

function peopleChanges(current: PersonState[], desired: PersonState[]): RegionChange[] {
  const now = new Map(current.map((p) => [p.id, p]));
  const wanted = new Set(desired.map((p) => p.id));
  const changes: RegionChange[] = [];
  for (const want of desired) {
    const have = now.get(want.id);
    if (!have) {
      changes.push({ kind: "person.added", subject: want.id, before: null, after: { ...want } });
      continue;
    }
    if (!have.active) {
      changes.push({
        kind: "person.reactivated",
        subject: want.id,
        before: { active: false },
        after: { active: true },
      });
    }
    const diff = changedFields({ ...have, active: true }, want);
    if (diff) changes.push({ kind: "person.changed", subject: want.id, ...diff });
  }
  for (const have of current) {
    if (have.active && !wanted.has(have.id)) {
      changes.push({
        kind: "person.deactivated",
        subject: have.id,
        before: { active: true },
        after: { active: false },
      });
    }
  }
  return changes;
}

function rosterChanges(current: RegionState["roster"], desired: RegionState["roster"]): RegionChange[] {
  const now = new Map(current.map((r) => [rosterKey(r), r]));
  const wanted = new Set(desired.map(rosterKey));
  const changes: RegionChange[] = desired.flatMap((want): RegionChange[] => {
    const have = now.get(rosterKey(want));
    if (!have) return [{ kind: "roster.added", subject: rosterKey(want), before: null, after: { ...want } }];
    const diff = changedFields(have, want);
    return diff ? [{ kind: "roster.changed", subject: rosterKey(want), ...diff }] : [];
  });
  for (const have of current) {
    if (!wanted.has(rosterKey(have))) {
      changes.push({ kind: "roster.removed", subject: rosterKey(have), before: { ...have }, after: null });
    }
  }
  return changes;
}

/** Accounts the file gives a person while the database links them to someone else: the file wins. */
function identityMoves(current: RegionState, desired: RegionState): RegionChange[] {
  return desired.people.flatMap((p) =>
    (["slack", "teams"] as const).flatMap((platform): RegionChange[] => {
      const account = p[platform];
      const owner = account ? current.accountOwners[`${platform}:${account}`] : undefined;
      if (!owner || owner === p.id) return [];
      const subject = `${platform}:${account}`;
      return [{ kind: "identity.moved", subject, before: { person: owner }, after: { person: p.id } }];
    }),
  );
}

export function diffRegion(current: RegionState, desired: RegionState): RegionChange[] {
  const changes: RegionChange[] = [];
  const info = required(desired.info, "the desired region info");
  if (!current.info) changes.push({ kind: "region.added", subject: info.id, before: null, after: { ...info } });
  else {
    const diff = changedFields(current.info, info);
    if (diff) changes.push({ kind: "region.changed", subject: info.id, ...diff });
  }
  changes.push(...byId(current.municipalities, desired.municipalities, "municipality"));
  changes.push(...byId(current.organisations, desired.organisations, "organisation"));
  changes.push(...peopleChanges(current.people, desired.people));
  changes.push(...identityMoves(current, desired));
  changes.push(...rosterChanges(current.roster, desired.roster));
  for (const id of desired.coordinators.filter((c) => !current.coordinators.includes(c))) {
    changes.push({ kind: "coordinator.added", subject: id, before: null, after: { person: id } });
  }
  for (const id of current.coordinators.filter((c) => !desired.coordinators.includes(c))) {
    changes.push({ kind: "coordinator.removed", subject: id, before: { person: id }, after: null });
  }
  return changes;
}

/** Who takes over as contact or deputy, per roster pair: they get one notice listing the open cases. */
export interface Handover {
  personId: string;
  organisationId: string;
  municipalityId: string;
  role: "contact" | "deputy";
}

export function handovers(changes: RegionChange[]): Handover[] {
  return changes
    .filter((c) => c.kind === "roster.changed")
    .flatMap((c) => {
      const [organisationId, municipalityId] = c.subject.split("×") as [string, string];
      return (["contact", "deputy"] as const).flatMap((role) => {
        const personId = c.after?.[role];
        const changed = role in (c.after ?? {}) && typeof personId === "string";
        return changed ? [{ personId, organisationId, municipalityId, role }] : [];
      });
    });
}
