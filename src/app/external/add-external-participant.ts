// Use-case: a party adds a person from outside the roster to one case in a role its flow declares. The name and
// contact are sealed under the case key (erasure crypto-shreds them); the person gets a one-time invitation code.
import { nextExternalNumber, externalActorId, partyMayManageRole } from "../../domain/case/external-access.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { requireOpen, requirePerson, standingOfActor } from "../case/case-routing.ts";
import { caseBoxForWriting } from "../case/case-box.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import { notifierFor, organisationName } from "../case/notify.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { hashOf, newCode } from "../link-code.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { loadExternals } from "./external-state.ts";

/** An invitation is valid three days: long enough to hand over in person, short enough to lose no sleep over. */
const INVITE_VALID_MS = 3 * 24 * 60 * 60 * 1000;
const MAX_TEXT = 200;

export interface AddExternalOptions {
  ctx: AppContext;
  actor: Actor;
  reference: string;
  role: string;
  name: string;
  contact?: string;
}

export async function requireCaseByReference(tx: StoreTx, reference: string): Promise<CaseRecord> {
  const c = await tx.caseByReference(reference.trim().toUpperCase());
  if (!c) throw new AppError("not_found", "error.reference_not_found", { reference }, `no case ${reference}`);
  return c;
}

/** The flow's role by id or label (case-insensitive); a clear refusal naming the roles otherwise. */
export function requireRole(flow: Flow, c: CaseRecord, wanted: string) {
  if (flow.externalRoles.length === 0)
    throw new AppError("invalid_input", "error.external_no_roles", { reference: c.reference }, "flow has no roles");
  const w = wanted.trim().toLowerCase();
  const role = flow.externalRoles.find((r) => r.id === w || r.label.toLowerCase() === w);
  const roles = flow.externalRoles.map((r) => r.id).join(", ");
  if (!role)
    throw new AppError("invalid_input", "error.external_unknown_role", { role: wanted, roles }, "unknown role");
  return role;
}

/** The party the actor manages this role for; refused when none of theirs may. */
export async function requireManager(tx: StoreTx, c: CaseRecord, flow: Flow, personId: string, roleId: string) {
  const role = requireRole(flow, c, roleId);
  const { standing } = await standingOfActor(tx, c, personId);
  const mine = [...standing.asContact, ...standing.asCoordinator];
  if (!partyMayManageRole(role, mine)) {
    const managers = role.addedBy.length ? role.addedBy : flow.parties.map((p) => p.id);
    const parties = flow.parties.filter((p) => managers.includes(p.id)).map((p) => p.label);
    const log = `person ${personId} may not manage role ${role.id} on ${c.reference}`;
    throw new AppError(
      "not_allowed",
      "error.external_not_manager",
      { parties: parties.join(", "), role: role.label },
      log,
    );
  }
  const partyId = mine.find((p) => role.addedBy.length === 0 || role.addedBy.includes(p)) ?? null;
  return { role, partyId };
}

function requireName(name: string): string {
  const text = name.trim();
  if (!text) throw new AppError("invalid_input", "error.external_name_required", {}, "external without a name");
  if (text.length > MAX_TEXT) throw new AppError("invalid_input", "form.too_long", { max: MAX_TEXT }, "name too long");
  return text;
}

export async function addExternalParticipant(o: AddExternalOptions) {
  const { ctx, actor } = o;
  const now = ctx.clock.now();
  const code = newCode(3);
  const expiresAt = new Date(now.getTime() + INVITE_VALID_MS);
  const added = await ctx.store.transaction(async (tx) => {
    const person = await requirePerson(tx, actor.personId);
    const c = await requireCaseByReference(tx, o.reference);
    requireOpen(c);
    const flow = await ctx.flows.forCase(c);
    const { role, partyId } = await requireManager(tx, c, flow, actor.personId, o.role);
    const name = requireName(o.name);
    const contact = (o.contact ?? "").trim().slice(0, MAX_TEXT);
    const number = nextExternalNumber(await loadExternals(tx, c.id));
    // The revision makes two parties adding at once a conflict, never two participants with one number.
    if (!(await tx.updateCase(c.id, c.revision, {})))
      throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
    const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal({ name, contact });
    const data = { number, role: role.id };
    const event = { caseId: c.id, at: now, actorId: person.id, platform: actor.platform, partyId, data, sealed };
    await tx.appendEvent({ ...event, type: "external.added" });
    const personId = externalActorId(c.id, number);
    await tx.saveLinkCode({ hash: hashOf(code), personId, issuedById: person.id, createdAt: now, expiresAt });
    const organisation = await organisationName(tx, person.organisationId);
    const notify = notifierFor(ctx, tx, c, now);
    await notify.thread({ key: "notice.external_added", params: { organisation, role: role.label } });
    // The revision moved: every copy of the card follows, so no button press on it is refused as stale.
    await notify.card();
    return { reference: c.reference, role: role.label, number };
  });
  ctx.log.info({ reference: added.reference, number: added.number, by: actor.personId }, "external participant added");
  return { ...added, code, until: formatDeadline(expiresAt, ctx.calendar, "nl") };
}
