// Cases about the same resident at another address (moved, or an address typed differently): the same name and
// date of birth, both required, so two people who share a name are never mixed up. Scans the region's cases and
// opens their details: done only on an access request. The fields are the shipped flows' `resident_name` and
// `date_of_birth`; a flow without them is matched by household only.
import type { AppContext } from "../context.ts";
import { caseBoxForReading } from "../case/case-box.ts";
import { householdText } from "../case/link-household.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";

const MAX_SCANNED = 20_000;

async function identityOf(ctx: AppContext, tx: StoreTx, caseId: string): Promise<string | null> {
  const stored = await tx.residentDetails(caseId);
  if (!stored || !(await tx.caseKey(caseId))) return null;
  const details = (await caseBoxForReading(ctx, tx, caseId)).open<Record<string, unknown>>(stored.sealed);
  const name = typeof details.resident_name === "string" ? householdText(details.resident_name) : "";
  const born = typeof details.date_of_birth === "string" ? details.date_of_birth : "";
  return name && born ? `${name}|${born}` : null;
}

export async function samePersonCases(ctx: AppContext, tx: StoreTx, c: CaseRecord): Promise<CaseRecord[]> {
  const identity = await identityOf(ctx, tx, c.id);
  if (!identity) return [];
  const region = (await tx.municipality(c.municipalityId))?.regionId;
  const municipalityIds = (await tx.municipalities()).filter((m) => m.regionId === region).map((m) => m.id);
  const { cases } = await tx.casesForOverview(municipalityIds, new Date(0), MAX_SCANNED);
  const found: CaseRecord[] = [];
  for (const other of cases) {
    if (other.id !== c.id && (await identityOf(ctx, tx, other.id)) === identity) found.push(other);
  }
  return found;
}
