// Linking with a one-time code: a coordinator issues a short code for a roster person (kept only as a hash,
// valid 24 hours, usable once); the person types it on their own platform and that account becomes theirs.
// Nothing the user claims about themselves is trusted: only holding the code the coordinator gave them.
import { createHash, randomInt } from "node:crypto";
import { asLocale, t } from "../i18n/messages.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import { requirePerson } from "./case/case-routing.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import type { InteractionResult } from "./interactions/result.ts";
import type { AccountPlace, Platform } from "./ports.ts";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const VALID_MS = 24 * 60 * 60 * 1000;
const CODE = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/i;

export const hashOf = (code: string) => createHash("sha256").update(code.toUpperCase().replace(/-/g, "")).digest("hex");

/** Whether a `/schakel koppel` argument is a code (rather than a person id or e-mail address). */
export const looksLikeLinkCode = (token: string) => CODE.test(token.trim());

/** A fresh code of `groups` groups of four (two for a link code; an external invitation takes three). */
export function newCode(groups = 2): string {
  const chars = Array.from({ length: groups * 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return (chars.match(/.{4}/g) ?? []).join("-");
}

/** `/schakel koppel <persoon>` by a coordinator: a code to hand to that person privately. */
export async function issueLinkCode({ ctx, actor, person }: { ctx: AppContext; actor: Actor; person: string }) {
  const now = ctx.clock.now();
  const code = newCode();
  const target = await ctx.store.transaction(async (tx) => {
    await requirePerson(tx, actor.personId);
    if ((await tx.coordinatorRegions(actor.personId)).length === 0)
      throw new AppError("not_allowed", "error.link_coordinators_only", {}, `${actor.personId} may not issue codes`);
    const wanted = person.trim().toLowerCase();
    const found = (await tx.people()).find((p) => p.active && (p.id === wanted || p.email?.toLowerCase() === wanted));
    if (!found) throw new AppError("not_found", "error.link_unknown_person", { person }, `no roster person ${person}`);
    const expiresAt = new Date(now.getTime() + VALID_MS);
    await tx.saveLinkCode({
      hash: hashOf(code),
      personId: found.id,
      issuedById: actor.personId,
      createdAt: now,
      expiresAt,
    });
    return found;
  });
  ctx.log.info({ personId: target.id, by: actor.personId }, "one-time link code issued");
  const until = formatDeadline(new Date(now.getTime() + VALID_MS), ctx.calendar, "nl");
  return { name: target.name, code, until };
}

/** `/schakel koppel <code>` by anyone on a chat platform: links that account to the code's person, once. */
export async function redeemLinkCode(o: {
  ctx: AppContext;
  platform: Platform;
  externalId: string;
  code: string;
  /** Where the account lives (Slack: Grid org and workspace), so later messages reach it there. */
  place?: AccountPlace;
}): Promise<InteractionResult> {
  const { ctx } = o;
  const now = ctx.clock.now();
  const person = await ctx.store.transaction(async (tx) => {
    const personId = await tx.useLinkCode(hashOf(o.code.trim()), now);
    const found = personId ? await tx.person(personId) : null;
    if (!found?.active) return null;
    await tx.linkIdentity(found.id, o.platform, o.externalId, o.place);
    return found;
  });
  if (!person) {
    ctx.log.warn({ platform: o.platform }, "unknown, used or expired link code refused");
    return { kind: "error", code: "invalid_input", error: t("nl", "cmd.link.code_refused") };
  }
  ctx.log.info({ personId: person.id, platform: o.platform }, "chat account linked with a one-time code");
  return { kind: "done", text: t(asLocale(person.locale), "cmd.link.code_done", { name: person.name }) };
}
