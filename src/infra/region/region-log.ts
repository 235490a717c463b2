// The audit trail of region changes, newest last: when, which region, who, from which file, and what changed.
import { describeRegionChange, type NameLookup } from "../../domain/region/region-change-text.ts";
import type { RegionChange, RegionChangeKind } from "../../domain/region/region-diff.ts";
import type { Db } from "../prisma/client.ts";

async function names(db: Db): Promise<NameLookup> {
  const map = async (rows: Promise<{ id: string; name: string }[]>) => {
    const m = new Map((await rows).map((r) => [r.id, r.name]));
    return (id: string) => m.get(id) ?? id;
  };
  return {
    person: await map(db.person.findMany({ select: { id: true, name: true } })),
    organisation: await map(db.organisation.findMany({ select: { id: true, name: true } })),
    municipality: await map(db.municipality.findMany({ select: { id: true, name: true } })),
  };
}

export async function regionLog(db: Db, regionId?: string): Promise<string[]> {
  const where = regionId ? { regionId } : {};
  const rows = await db.regionChange.findMany({ where, orderBy: [{ at: "asc" }, { id: "asc" }] });
  if (rows.length === 0) {
    return [regionId ? `No changes recorded for region ${regionId}.` : "No region changes recorded."];
  }
  const lookup = await names(db);
  return rows.map((r) => {
    const change: RegionChange = {
      kind: r.kind as RegionChangeKind,
      subject: r.subject,
      before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
      after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
    };
    const when = r.at.toISOString().slice(0, 16).replace("T", " ");
    return `${when} · ${r.regionId} · by ${r.by} · ${r.source} · ${describeRegionChange(change, lookup)}`;
  });
}
