// Shows a platform-neutral InteractionResult as the answer to a card button: forms and private details as a
// card for the person who pressed, a case change as the refreshed case card, refusals as a private message.
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../app/context.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import type { CardAudience } from "../../ui/case-card.ts";
import type { Form } from "../../ui/card.ts";
import { currentCaseCard } from "./current-case-card.ts";
import { cardResponse, messageResponse, type ActionResponse } from "./invoke-responses.ts";
import { renderInfoCardTeams, renderNoticeTeams } from "./render-card-teams.ts";
import { renderFormTeams } from "./render-form-teams.ts";

export interface ShowContext {
  ctx: AppContext;
  locale: Locale;
  caseId?: string;
  /** Which case card answers a button: the channel's in a channel or group chat, the parties' in a personal chat. */
  audience: CardAudience;
  /** Delivers what the work queued now, so a report's answer can tell whether its card reached the channel. */
  deliver?: () => Promise<void>;
}

export function formCard(form: Form, { locale, caseId }: ShowContext, errors: Record<string, string> = {}) {
  const labels = {
    required: t(locale, "form.required"),
    ...(caseId ? { cancel: { label: t(locale, "teams.back"), caseId } } : {}),
  };
  return renderFormTeams(form, randomUUID(), labels, errors);
}

export async function showResult(result: InteractionResult, show: ShowContext): Promise<ActionResponse> {
  const { ctx, locale, caseId } = show;
  const back = caseId ? { label: t(locale, "teams.back"), caseId } : undefined;
  switch (result.kind) {
    case "form":
      return cardResponse(formCard(result.form, show));
    // The details go to the person who pressed only: an invoke answer is never posted in the channel.
    case "view":
      return cardResponse(renderInfoCardTeams(result.view, back));
    case "done": {
      const card = caseId ? await currentCaseCard(ctx, caseId, locale, show.audience) : null;
      return cardResponse(card ?? renderNoticeTeams(result.text, "good"));
    }
    case "message":
      // A sentence above a card (e.g. a button that no longer applies, with the card as it is now).
      if (!result.message.card) return messageResponse(result.message.text);
      return cardResponse(renderInfoCardTeams(result.message.card, back, result.message.text || undefined));
    case "error":
      // A refusal with the case as it is now (it changed since it was shown): the sentence above the current card.
      if (!result.card) return messageResponse(result.error);
      return cardResponse(renderInfoCardTeams({ ...result.card, subtitle: result.error }, back));
    case "field_errors":
      return messageResponse(Object.values(result.errors).join(" "));
  }
}
