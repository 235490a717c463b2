// Modal submissions: the report form and the extra input of case buttons. Ack first: a report's field errors go
// back inline (`response_action: "errors"`); otherwise the submission is recorded in the inbox, the modal closes,
// and the result comes privately (or as a new modal) once it has run.
import { createHash } from "node:crypto";
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { checkFormFields } from "../../app/interactions/check-form-fields.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { t } from "../../i18n/messages.ts";
import { actingPerson } from "./acting-person.ts";
import { recordThenAck } from "./handle-commands.ts";
import { FORM_CALLBACK_ID, modalErrors, readFormValues, readMetadata } from "./render-form-slack.ts";
import { workspaceOf } from "./slack-actor.ts";
import { storedTarget } from "./slack-inbox.ts";
import { holdsParticipation } from "./slack-guests.ts";
import type { ReplyTarget } from "./slack-replies.ts";
import { tellPrivately } from "./slack-replies.ts";

export function registerViews(app: App, ctx: AppContext, inbox: Inbox): void {
  // A cancelled modal (view_closed) needs only its ack; unacked, Bolt answers 404 after 3 s and logs an error.
  app.view({ type: "view_closed", callback_id: FORM_CALLBACK_ID }, ({ ack }) => ack());
  // The whole submission until its ack counts as admitting: queued work waits, so the ack is not held up.
  app.view(FORM_CALLBACK_ID, ({ ack, body, view, client, context }) =>
    inbox.admit(async () => {
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
      const values = readFormValues(view.state.values);
      // A guest's form (an external participant's case event) is checked by the guest use-case after the ack.
      let guest = false;
      const acting = await actingPerson(
        ctx,
        client,
        target,
        async () => (guest = await holdsParticipation(ctx, target)),
      );
      if (guest) return recordView(ctx, inbox, { view, values, body, target, metadata }, () => ack());
      if (!acting) return void (await ack());
      const errors = await checkFormFields({ ctx, formId: metadata.formId, values, locale: acting.locale });
      if (errors) {
        const blockIds = view.blocks.filter((b) => b.type === "input").map((b) => b.block_id ?? "");
        return void (await ack({ response_action: "errors", errors: modalErrors(errors, blockIds) }));
      }
      await recordView(ctx, inbox, { view, values, body, target, metadata }, () => ack());
    }),
  );
}

interface Submitted {
  view: { id: string };
  values: Record<string, unknown>;
  body: unknown;
  target: ReplyTarget;
  metadata: { formId: string };
}

/** Records the submission in the inbox (its view and values are the idempotency key) and acks. */
async function recordView(ctx: AppContext, inbox: Inbox, o: Submitted, ack: () => Promise<void>): Promise<void> {
  const hash = createHash("sha256").update(JSON.stringify(o.values)).digest("hex").slice(0, 32);
  const triggerId = (o.body as { trigger_id?: string }).trigger_id;
  const item = {
    type: "view" as const,
    formId: o.metadata.formId,
    values: o.values,
    ...(triggerId ? { triggerId } : {}),
    target: storedTarget(o.target),
  };
  await recordThenAck(ctx, inbox, `slack:view:${o.view.id}:${hash}`, item, ack);
}
