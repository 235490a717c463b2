// What a flow lets its shared-channel card (and the card's thread) show: need to know. The minimum is always shown;
// a flow adds items by name, and items that point to one household go only to the case's routed parties.
import { z } from "zod";
import { didYouMeanHint } from "../region/region-references.ts";

/** Items a flow may add to its channel card: the organisations per party, the level, the ladder's reach, ... */
export const CHANNEL_ITEMS = ["parties", "level", "escalation", "acting", "outcome", "advice"] as const;
export type ChannelItem = (typeof CHANNEL_ITEMS)[number];

/** Items never shown in a channel: court and eviction dates, second-chance status, household links. */
export const PARTIES_ONLY_ITEMS = ["dates", "holds", "decision", "conditions", "evaluations", "household"] as const;

export const channelCardSchema = z.strictObject({
  /** No channel card and no thread at all: the parties are told by direct message only. */
  private: z.boolean().default(false),
  /** What the channel card shows beyond the minimum: items above, or ids of structured fields shown on the card. */
  show: z.array(z.string().min(1)).default([]),
});
export type ChannelCard = z.infer<typeof channelCardSchema>;
export const DEFAULT_CHANNEL_CARD: ChannelCard = { private: false, show: [] };

type FieldShape = { id: string; personal: boolean; showOnCard: boolean; bind?: string | undefined };

/** Every `show` entry is a known item or a structured field the card shows; parties-only items are refused. */
export function checkChannelCard(
  flow: { channelCard: ChannelCard; form: { fields: FieldShape[] } },
  ctx: z.RefinementCtx,
): void {
  const fields = flow.form.fields.filter((f) => f.showOnCard && !f.personal && f.bind !== "municipality");
  const known = [...CHANNEL_ITEMS, ...fields.map((f) => f.id)];
  flow.channelCard.show.forEach((item, i) => {
    const problem = channelItemProblem(item, flow.form.fields, known);
    if (problem) ctx.addIssue({ code: "custom", path: ["channelCard", "show", i], message: problem });
  });
}

function channelItemProblem(item: string, fields: FieldShape[], known: string[]): string | null {
  if ((PARTIES_ONLY_ITEMS as readonly string[]).includes(item))
    return `"${item}" goes only to the case's routed parties (their messages and private view), never to a channel`;
  const field = fields.find((f) => f.id === item);
  if (field?.personal) return `"${item}" is a personal field: it never goes to a channel`;
  if (field && !field.showOnCard) return `field "${item}" is not on the card: give it showOnCard: true first`;
  if (!known.includes(item)) return `unknown item "${item}"${didYouMeanHint(item, known)} (use ${known.join(", ")})`;
  return null;
}

/** Whether a channel card of this flow may show `item` (an item name or a form field id). */
export function channelShows(card: ChannelCard, item: string): boolean {
  return card.show.includes(item);
}

/** Thread notices that speak of dates, second-chance status, flags or household links: for the parties only. */
const PARTIES_ONLY_NOTICES = [
  "notice.dates_entered",
  "notice.date_notice",
  "notice.decision",
  "notice.conditions_recorded",
  "notice.evaluation_recorded",
  "notice.linked_case",
  "notice.linked_agreement",
  "notice.case_event",
  "notice.trial_extended",
  "notice.step_blocked",
  "notice.flag_set",
  "notice.flag_cleared",
  // An external participant's role (a bailiff) points to one household: the channel hears the plain step line only.
  "notice.external_added",
  "notice.external_removed",
  "notice.external_step_completed",
  "notice.external_on_behalf",
];
/** Thread notices that tell what an optional item shows; the channel hears them only when the flow declares it. */
const NOTICE_ITEM: Record<string, ChannelItem> = {
  "notice.escalated": "level",
  "notice.deescalated": "level",
  "notice.closed": "outcome",
  "notice.advice_given": "advice",
  "notice.thread.organisation": "escalation",
};

/** Whether a notice (a message key) may be posted in the case card's thread in the shared channel. */
export function channelMayHear(card: ChannelCard, noticeKey: string): boolean {
  if (card.private || PARTIES_ONLY_NOTICES.includes(noticeKey)) return false;
  const item = NOTICE_ITEM[noticeKey];
  return item === undefined || card.show.includes(item);
}
