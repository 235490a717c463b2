// Applies the region files to the database: per region, diff the file against what is stored, write the
// changes, audit each one (who, what before/after, when, which file) and queue the handover notices. All in one
// transaction; idempotent (no change, no write). Start-up skips it when the files' hash is the one last applied.
import { required } from "../../domain/required.ts";
import path from "node:path";
import { endAbsencesOnDeactivation } from "../../app/absence/end-absence.ts";
import type { AppContext } from "../../app/context.ts";
import type { Logger, Platform } from "../../app/ports.ts";
import { projectRoot } from "../../config/config.ts";
import { describeRegionChange, type NameLookup } from "../../domain/region/region-change-text.ts";
import { diffRegion, type RegionChange } from "../../domain/region/region-diff.ts";
import { desiredState, rosterKey, type RegionState } from "../../domain/region/region-state.ts";
import { asLocale } from "../../i18n/messages.ts";
import type { Db, DbTx } from "../prisma/client.ts";
import { storeTx } from "../prisma/prisma-store.ts";
import type { ParsedRegion, RegionSet } from "./region-loader.ts";
import { queueRegionNotices } from "./region-notices.ts";
import { readRegionState } from "./region-snapshot.ts";
import { writeRegionChanges, type DesiredRegion } from "./write-region-changes.ts";

export const REGIONS_HASH_KEY = "regions.hash";
const SILENT: Logger = { info() {}, warn() {}, error() {}, debug() {} };

export interface RegionPlan {
  regionId: string;
  regionName: string;
  file: string;
  changes: RegionChange[];
  names: NameLookup;
  current: RegionState;
  desired: RegionState;
}
export interface RegionsPlan {
  plans: RegionPlan[];
  /** Regions in the database without a file: left as they are. */
  orphans: string[];
}

export interface ApplyRegionsOptions {
  db: Db;
  set: RegionSet;
  by: string;
  at: Date;
  platforms: readonly Platform[];
  /** Start-up: do nothing when the files are exactly the ones applied last time. */
  skipWhenUnchanged?: boolean;
  log?: Logger;
}
export interface ApplyRegionsResult extends RegionsPlan {
  skipped: boolean;
}

function namesOf(current: RegionState, desired: RegionState): NameLookup {
  const lookup = (lists: { id: string; name: string }[][]) => {
    const map = new Map(lists.flat().map((x) => [x.id, x.name]));
    return (id: string) => map.get(id) ?? id;
  };
  return {
    person: lookup([current.people, desired.people]),
    organisation: lookup([current.organisations, desired.organisations]),
    municipality: lookup([current.municipalities, desired.municipalities]),
  };
}

const relative = (file: string) => path.relative(projectRoot, file) || file;

async function planRegion(db: DbTx, parsed: ParsedRegion): Promise<RegionPlan> {
  const current = await readRegionState(db, parsed.region);
  const desired = desiredState(parsed.region);
  const changes = diffRegion(current, desired);
  const { id: regionId, name: regionName } = parsed.region;
  const names = namesOf(current, desired);
  return { regionId, regionName, file: relative(parsed.file), changes, names, current, desired };
}

/** What applying would change, without writing (the diff command). */
export async function planRegions(db: Db | DbTx, set: RegionSet): Promise<RegionsPlan> {
  const tx = db as DbTx;
  const plans: RegionPlan[] = [];
  for (const parsed of set.regions) plans.push(await planRegion(tx, parsed));
  const ids = set.regions.map((r) => r.region.id);
  const orphans = (await tx.region.findMany({ where: { id: { notIn: ids } }, select: { id: true } })).map((r) => r.id);
  return { plans, orphans };
}

function desiredMaps(plan: RegionPlan): DesiredRegion {
  const d = plan.desired;
  return {
    info: required(d.info, "the region info of a changed region"),
    file: plan.file,
    people: new Map(d.people.map((p) => [p.id, p])),
    roster: new Map(d.roster.map((r) => [rosterKey(r), r])),
    municipalities: new Map(d.municipalities.map((m) => [m.id, m.name])),
    organisations: new Map(d.organisations.map((o) => [o.id, { name: o.name, type: o.type }])),
  };
}

async function applyPlan(tx: DbTx, plan: RegionPlan, o: ApplyRegionsOptions): Promise<void> {
  const want = desiredMaps(plan);
  await writeRegionChanges(tx, want, plan.changes);
  // Someone who left the roster is no longer away either: their absences end, audited by the absence module.
  // endAbsencesOnDeactivation reads only the log from its context.
  const ctx = { log: o.log ?? SILENT } as Pick<AppContext, "log"> as AppContext;
  for (const c of plan.changes.filter((c) => c.kind === "person.deactivated")) {
    await endAbsencesOnDeactivation(ctx, storeTx(tx), c.subject, o.at);
  }
  await tx.regionChange.createMany({
    data: plan.changes.map((c) => ({
      at: o.at,
      regionId: plan.regionId,
      by: o.by,
      source: plan.file,
      kind: c.kind,
      subject: c.subject,
      before: c.before ? JSON.stringify(c.before) : null,
      after: c.after ? JSON.stringify(c.after) : null,
    })),
  });
  const locales = new Map(plan.desired.people.map((p) => [p.id, asLocale(p.locale)]));
  await queueRegionNotices({
    db: tx,
    regionId: plan.regionId,
    regionName: plan.regionName,
    changes: plan.changes,
    names: plan.names,
    localeOf: (id) => locales.get(id) ?? "nl",
    by: o.by,
    at: o.at,
    platforms: o.platforms,
  });
}

export async function applyRegions(o: ApplyRegionsOptions): Promise<ApplyRegionsResult> {
  const last = await o.db.setting.findUnique({ where: { key: REGIONS_HASH_KEY } });
  if (o.skipWhenUnchanged && last?.value === o.set.hash) return { skipped: true, plans: [], orphans: [] };
  return o.db.$transaction(
    async (tx) => {
      const plan = await planRegions(tx, o.set);
      for (const p of plan.plans) if (p.changes.length) await applyPlan(tx, p, o);
      if (last?.value !== o.set.hash) {
        const value = o.set.hash;
        const key = REGIONS_HASH_KEY;
        await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
      }
      return { skipped: false, ...plan };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}

/** Readable lines per region, for the diff and apply commands. */
export function describePlan(plan: RegionsPlan, dir: string): string[] {
  const lines: string[] = [];
  for (const p of plan.plans) {
    const count = p.changes.length ? `${p.changes.length} change(s)` : "no changes";
    lines.push(`${p.regionName} (${p.regionId}, ${p.file}): ${count}`);
    for (const c of p.changes) lines.push(`  - ${describeRegionChange(c, p.names)}`);
  }
  for (const id of plan.orphans) lines.push(`${id}: in the database but no file in ${relative(dir)}; left as it is`);
  return lines;
}
