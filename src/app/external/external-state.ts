// Loads a case's external participants and their roles, and checks an external actor still has access.
import {
  externalAccess,
  externalParticipants,
  parseExternalActorId,
  type ExternalParticipant,
} from "../../domain/case/external-access.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { ExternalRoleDef } from "../../domain/flow/external-role-schema.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";

export const EXTERNAL_EVENT_TYPES = ["external.added", "external.removed"];

export async function loadExternals(tx: StoreTx, caseId: string): Promise<ExternalParticipant[]> {
  const events = await tx.events(caseId);
  return externalParticipants(events.filter((e) => EXTERNAL_EVENT_TYPES.includes(e.type)));
}

export function roleOf(flow: Flow, roleId: string): ExternalRoleDef | undefined {
  return flow.externalRoles.find((r) => r.id === roleId);
}

export interface ExternalStanding {
  c: CaseRecord;
  flow: Flow;
  participant: ExternalParticipant;
  role: ExternalRoleDef;
}

/** The case, flow, participant and role of an external actor id; refused once removed or the case closed. */
export async function requireExternalAccess(ctx: AppContext, tx: StoreTx, actorId: string): Promise<ExternalStanding> {
  const parsed = parseExternalActorId(actorId);
  const c = parsed ? await tx.case(parsed.caseId) : null;
  if (!parsed || !c)
    throw new AppError("not_allowed", "error.external_session_required", {}, `no external participant ${actorId}`);
  const list = await loadExternals(tx, c.id);
  const access = externalAccess(c.status, list, parsed.number);
  const participant = list.find((p) => p.number === parsed.number);
  const flow = await ctx.flows.forCase(c);
  const role = participant ? roleOf(flow, participant.roleId) : undefined;
  if (access !== "ok" || !participant || !role)
    throw new AppError("not_allowed", "error.external_access_ended", {}, `external ${actorId} refused: ${access}`);
  return { c, flow, participant, role };
}
