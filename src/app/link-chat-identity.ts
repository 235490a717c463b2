// Use-case: a coordinator links a chat account to a roster person (when the e-mail address does not match).
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { requirePerson } from "./case/case-routing.ts";

export interface LinkIdentityOptions {
  ctx: AppContext;
  actor: Actor;
  externalId: string;
  person: string;
}

export async function linkChatIdentity({
  ctx,
  actor,
  externalId,
  person,
}: LinkIdentityOptions): Promise<{ name: string }> {
  return ctx.store.transaction(async (tx) => {
    await requirePerson(tx, actor.personId);
    if ((await tx.coordinatorRegions(actor.personId)).length === 0) {
      throw new AppError(
        "not_allowed",
        "error.link_coordinators_only",
        {},
        `person ${actor.personId} is no coordinator and may not link accounts`,
      );
    }
    const wanted = person.trim().toLowerCase();
    const target = (await tx.people()).find((p) => p.id === wanted || p.email?.toLowerCase() === wanted);
    if (!target)
      throw new AppError("not_found", "error.link_unknown_person", { person }, `no roster person ${person} to link`);
    await tx.linkIdentity(target.id, actor.platform, externalId);
    ctx.log.info(
      { personId: target.id, platform: actor.platform, externalId, by: actor.personId },
      "chat account linked by a coordinator",
    );
    return { name: target.name };
  });
}

/** Reads a platform mention such as Slack's `<@U123|name>` (or a bare id) into the account id. */
export function mentionedAccount(token: string): string {
  const match = /^<@([^|>]+)(\|[^>]*)?>$/.exec(token.trim());
  return match?.[1] ?? token.trim();
}
