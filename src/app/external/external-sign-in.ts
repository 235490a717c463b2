// Use-case: an external participant redeems their one-time invitation code (hashed at rest, expiring, single use,
// the `/schakel koppel` machinery); the adapter then opens a session scoped to that one case and role.
import { parseExternalActorId } from "../../domain/case/external-access.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { hashOf } from "../link-code.ts";
import type { Platform } from "../ports.ts";
import { requireExternalAccess } from "./external-state.ts";

const INVITE = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/i;

/** A code has the invitation's shape (a roster person's link code and a case reference do not). */
export const looksLikeInvite = (text: string) => INVITE.test(text.trim());

/** The code in "extern <code>" (Slack's `/schakel extern <code>`, Teams' personal chat), else null. */
export function inviteCodeIn(text: string): string | null {
  const [sub, code, ...more] = text.trim().split(/\s+/);
  const isExtern = sub?.toLowerCase() === "extern" || sub?.toLowerCase() === "external";
  return isExtern && code && more.length === 0 && looksLikeInvite(code) ? code : null;
}

/** `account`: redeemed from a chat account (Slack or Teams), and whether the platform marks it as a guest. */
export async function redeemExternalInvite(o: {
  ctx: AppContext;
  code: string;
  platform: Platform;
  account?: { guest: boolean };
}) {
  const { ctx } = o;
  const now = ctx.clock.now();
  const refused = () => new AppError("invalid_input", "error.external_code_refused", {}, "external invitation refused");
  // A roster person's link code has another shape: it is never used up here.
  if (!INVITE.test(o.code.trim())) throw refused();
  const signedIn = await ctx.store.transaction(async (tx) => {
    const actorId = await tx.useLinkCode(hashOf(o.code.trim()), now);
    if (!actorId || !parseExternalActorId(actorId)) throw refused();
    const { c, role } = await requireExternalAccess(ctx, tx, actorId);
    const data = {
      externalRole: role.label,
      ...(o.account ? { chatAccount: o.account.guest ? "guest" : "member" } : {}),
    };
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "external.signed_in",
      actorId,
      platform: o.platform,
      partyId: null,
      data,
      sealed: null,
    });
    return { actorId, caseId: c.id, reference: c.reference, role: role.label };
  });
  ctx.log.info({ reference: signedIn.reference }, "external participant signed in with an invitation");
  return signedIn;
}
