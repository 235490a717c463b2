// Shows a platform-neutral InteractionResult the Slack way: forms and details as modals (views.open),
// everything else as a private reply.
import type { AppContext } from "../../app/context.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import { renderCardBlocks, renderMessageBlocks } from "./render-card-slack.ts";
import { renderFormModal, type ModalLabels } from "./render-form-slack.ts";
import { renderDetailsModal } from "./render-view-slack.ts";
import type { SlackClient } from "./slack-identity.ts";
import { platformErrorCode } from "./slack-errors.ts";
import { tellPrivately, type ReplyTarget } from "./slack-replies.ts";

export function modalLabels(locale: Locale): ModalLabels {
  return {
    close: t(locale, "slack.modal.close"),
    more: (count) => t(locale, "slack.more", { count }),
    optionGroup: (number) => t(locale, "slack.option_group", { number }),
  };
}

export interface ShowResultOptions {
  ctx: AppContext;
  client: SlackClient;
  result: InteractionResult;
  target: ReplyTarget;
  triggerId?: string;
  locale: Locale;
}

export async function showResult({ ctx, client, result, target, triggerId, locale }: ShowResultOptions): Promise<void> {
  const labels = modalLabels(locale);
  const tell = (text: string, blocks?: Parameters<typeof tellPrivately>[4]) =>
    tellPrivately(ctx, client, target, text, blocks);
  switch (result.kind) {
    case "form":
    case "view": {
      if (!triggerId) return tell(t(locale, "error.unknown_action"));
      const view =
        result.kind === "form"
          ? renderFormModal(
              result.form,
              {
                formId: result.form.id,
                ...(target.channel ? { channel: target.channel } : {}),
                ...(target.responseUrl ? { responseUrl: target.responseUrl } : {}),
              },
              labels,
            )
          : renderDetailsModal(result.view, { close: t(locale, "slack.modal.done"), more: labels.more });
      try {
        await client.views.open({ trigger_id: triggerId, view });
      } catch (error) {
        // An expired trigger (the work ran too long after the click, or after a restart): say so, never nothing.
        ctx.log.warn({ err: platformErrorCode(error) ?? String(error), user: target.user }, "Slack modal did not open");
        await tell(`:warning: ${t(locale, "slack.modal_expired")}`);
      }
      return;
    }
    case "message":
      return tell(
        result.message.text,
        result.message.card ? renderCardBlocks(result.message.card, undefined, labels.more) : undefined,
      );
    case "done":
      return tell(`:white_check_mark: ${result.text}`);
    // A warning sign marks a refusal, so it is not mistaken for a confirmation at a glance.
    case "error": {
      const text = `:warning: ${result.error}`;
      return tell(text, result.card ? renderMessageBlocks(text, result.card, undefined, labels.more) : undefined);
    }
    case "field_errors":
      return tell(`:warning: ${Object.values(result.errors).join(" ")}`);
  }
}
