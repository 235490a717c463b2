// Modal submissions: the report form and the extra input of case buttons. Field errors go back inline
// (`response_action: "errors"`); success closes the modal and confirms privately.
import { createHash } from "node:crypto";
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { t } from "../../i18n/messages.ts";
import { actingPerson } from "./acting-person.ts";
import { FORM_CALLBACK_ID, modalErrors, readFormValues, readMetadata, renderFormModal } from "./render-form-slack.ts";
import { renderDetailsModal } from "./render-view-slack.ts";
import type { ReplayGuard } from "./replay-guard.ts";
import { modalLabels, showResult } from "./show-result.ts";
import { tellPrivately } from "./slack-replies.ts";
import { workspaceOf } from "./slack-actor.ts";

type StateValues = Parameters<typeof readFormValues>[0];

export function registerViews(app: App, ctx: AppContext, guard: ReplayGuard): void {
  app.view(FORM_CALLBACK_ID, async ({ ack, body, view, client, context }) => {
    const metadata = readMetadata(view.private_metadata);
    const target = {
      user: body.user.id,
      ...(metadata?.channel ? { channel: metadata.channel } : {}),
      ...(metadata?.responseUrl ? { responseUrl: metadata.responseUrl } : {}),
      ...workspaceOf(context),
    };
    if (!metadata) {
      await ack();
      ctx.log.warn({ viewId: view.id }, "Slack modal submitted without Schakel metadata");
      return tellPrivately(ctx, client, target, t("nl", "error.invalid_form"));
    }
    const acting = await actingPerson(ctx, client, target);
    if (!acting) return void (await ack());
    const values = readFormValues(view.state.values as unknown as StateValues);
    const hash = createHash("sha256").update(JSON.stringify(values)).digest("hex").slice(0, 32);
    const { fresh, result } = await guard(`slack:view:${view.id}:${hash}`, () =>
      submitForm({ ctx, actor: acting.actor, formId: metadata.formId, values }),
    );
    const labels = modalLabels(acting.locale);
    if (result?.kind === "field_errors") {
      const blockIds = view.blocks.filter((b) => b.type === "input").map((b) => b.block_id ?? "");
      return void (await ack({ response_action: "errors", errors: modalErrors(result.errors, blockIds) }));
    }
    if (result?.kind === "form") {
      return void (await ack({
        response_action: "update",
        view: renderFormModal(result.form, { ...metadata, formId: result.form.id }, labels) as never,
      }));
    }
    if (result?.kind === "view") {
      return void (await ack({
        response_action: "update",
        view: renderDetailsModal(result.view, {
          close: t(acting.locale, "slack.modal.done"),
          more: labels.more,
        }) as never,
      }));
    }
    await ack();
    if (fresh && result) await showResult({ ctx, client, result, target, locale: acting.locale });
  });
}
