// Teams refreshes a card by itself (Universal Actions `refresh`) only for the users the card lists, at most 60:
// the case's audience whose Teams user id is known. They get their own buttons; everyone else sees the shared
// card, where a press that no longer applies answers with the current card.
import type { AppContext } from "../../app/context.ts";
import { loadCaseAudience } from "../../app/load-case-audience.ts";

/** Teams' limit on refresh.userIds. */
const MAX_REFRESH_USERS = 60;

export async function refreshUserIds(ctx: AppContext, caseId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const personId of await loadCaseAudience(ctx, caseId)) {
    const seen = await ctx.store.chat.conversation("teams", `user:${personId}`);
    if (seen?.conversationId) ids.push(seen.conversationId);
  }
  return ids.slice(0, MAX_REFRESH_USERS);
}
