// Shared rules of the resident's AVG rights: who carries a request out (a coordinator of the case's region),
// the recorded reason, the restriction marker and whether a case's details were erased.
import type { Actor } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseEventRecord, CaseRecord, StoreTx } from "../ports.ts";
import { routingsOf } from "../case/case-routing.ts";
import type { PrivacyState } from "../../ui/view-models/case-summary.ts";

/** A case flag outside every flow's own flags: while set, nobody can open or change the details. */
export const RESTRICTED_FLAG = "avg.restricted";

export { VIEW_LOG_TYPES } from "../../domain/case/view-log-types.ts";

const MAX_REASON = 500;

/** The request's ground, kept as the accountability record (it outlives an erasure; no personal values in it). */
export function requireReason(reason: unknown): string {
  const text = typeof reason === "string" ? reason.trim() : "";
  if (!text) throw new AppError("invalid_input", "avg.reason_required", {}, "AVG request without a reason");
  if (text.length > MAX_REASON)
    throw new AppError("invalid_input", "form.too_long", { max: MAX_REASON }, "AVG reason too long");
  return text;
}

/** A coordinator of the case's region, or the coordinator the roster names for one of its parties. */
export async function requireCoordinatorOf(tx: StoreTx, c: CaseRecord, personId: string): Promise<void> {
  const municipality = await tx.municipality(c.municipalityId);
  const regions = await tx.coordinatorRegions(personId);
  if (municipality && regions.includes(municipality.regionId)) return;
  if ((await routingsOf(tx, c)).some((r) => r.coordinatorPersonId === personId)) return;
  throw new AppError(
    "not_allowed",
    "avg.not_coordinator",
    { reference: c.reference },
    `person ${personId} is no coordinator of ${c.reference}; AVG request refused`,
  );
}

export const wasErased = (events: readonly CaseEventRecord[]) =>
  events.some((e) => e.type === "avg.erased" || e.type === "details.purged");

export type { PrivacyState } from "../../ui/view-models/case-summary.ts";

/** The state of a case's details: restricted or erased on request, purged after retention, or as usual (null). */
export async function privacyState(tx: StoreTx, caseId: string): Promise<PrivacyState> {
  const events = await tx.events(caseId);
  if (events.some((e) => e.type === "avg.erased")) return "erased";
  if (wasErased(events)) return "purged";
  return (await tx.caseFlags(caseId)).includes(RESTRICTED_FLAG) ? "restricted" : null;
}

/** Refuses any opening or change of details restricted or erased on request (purged ones open as empty). */
export async function requireDetailsAvailable(tx: StoreTx, c: CaseRecord): Promise<void> {
  const state = await privacyState(tx, c.id);
  if (!state || state === "purged") return;
  const key = state === "restricted" ? "avg.restricted_refusal" : "avg.erased_refusal";
  throw new AppError("invalid_state", key, { reference: c.reference }, `details of ${c.reference} are ${state}`);
}

export function avgEvent(c: CaseRecord, actor: Actor, at: Date, type: string, data: Record<string, unknown>) {
  return {
    caseId: c.id,
    at,
    type,
    actorId: actor.personId,
    platform: actor.platform,
    partyId: null,
    data,
    sealed: null,
  };
}
