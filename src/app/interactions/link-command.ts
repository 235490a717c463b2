// `/schakel koppel`: a coordinator links an account by hand (`@gebruiker <persoon>`) or issues a one-time code
// for a person (`<persoon>`); a code itself (`<code>`) is redeemed by the platform adapter, which knows the account.
import { t, type Locale } from "../../i18n/messages.ts";
import type { Actor, AppContext } from "../context.ts";
import { linkChatIdentity, mentionedAccount } from "../link-chat-identity.ts";
import { issueLinkCode, looksLikeLinkCode } from "../link-code.ts";
import type { InteractionResult } from "./result.ts";

export async function linkCommand(
  ctx: AppContext,
  actor: Actor,
  args: string[],
  locale: Locale,
): Promise<InteractionResult> {
  const [first, second] = args;
  const usage: InteractionResult = { kind: "message", message: { text: t(locale, "cmd.link.usage") } };
  if (!first) return usage;
  if (second) {
    const linked = await linkChatIdentity({ ctx, actor, externalId: mentionedAccount(first), person: second });
    return { kind: "done", text: t(locale, "cmd.link.done", { name: linked.name }) };
  }
  if (looksLikeLinkCode(first) && !(await ctx.store.read.person(first.toLowerCase()))) return usage;
  const issued = await issueLinkCode({ ctx, actor, person: first });
  return { kind: "message", message: { text: t(locale, "cmd.link.code_issued", issued) } };
}

/** The code in `/schakel koppel <code>`, for adapters to redeem before they know who the sender is. */
export async function linkCodeIn(ctx: AppContext, command: string, text: string): Promise<string | null> {
  if (command.trim().toLowerCase() !== "/schakel") return null;
  const [sub, code, ...more] = text.trim().split(/\s+/);
  const isLink = sub?.toLowerCase() === "koppel" || sub?.toLowerCase() === "link";
  if (!isLink || !code || more.length > 0 || !looksLikeLinkCode(code)) return null;
  // A person id of the same shape is a coordinator issuing a code, not redeeming one.
  return (await ctx.store.read.person(code.toLowerCase())) ? null : code;
}
