// A report's confirmation on Teams: the case card is delivered first, and when it could not be posted in the Teams
// channel (the bot is not in the team, a permanent error) the reporter reads that instead of "sent to the parties".
import type { AppContext } from "../../app/context.ts";
import { confirmReport } from "../../app/interactions/card-waiting.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import type { Locale } from "../../i18n/messages.ts";
import { cardResponse, type ActionResponse } from "./invoke-responses.ts";
import { renderNoticeTeams } from "./render-card-teams.ts";

/** The warning to answer a report with when its card is not in the channel yet; null when all went well. */
export async function cardWaitingResponse(
  ctx: AppContext,
  locale: Locale,
  result: InteractionResult,
  deliver: () => Promise<void>,
): Promise<ActionResponse | null> {
  if (result.kind !== "done" || !result.caseRef) return null;
  await deliver();
  const confirmed = await confirmReport({ ctx, result, platform: "teams", locale });
  if (confirmed === result || confirmed.kind !== "done") return null;
  return cardResponse(renderNoticeTeams(confirmed.text, "attention"));
}
