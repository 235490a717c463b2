// The Slack adapter passes the shared adapter contract, driven as a person in Slack would: signed slash
// commands, modal submissions and button clicks against the real Bolt app, reading what the fake API received.
import type { Parsed } from "../../support/parsed.ts";
import { runAdapterContract, type ContractDriver } from "../../contract/adapter-contract.ts";
import { blocksText, startSlackHarness } from "./slack-harness.ts";
import { slackUserId } from "./slack-requests.ts";

const PRIVATE_METHODS = new Set([
  "views.open",
  "views.update",
  "auth.test",
  "users.info",
  "users.lookupByEmail",
  "conversations.open",
]);

runAdapterContract("slack", async (): Promise<ContractDriver> => {
  const h = await startSlackHarness();
  const { fake, app } = h;
  const replyOf = (metadata: string) => JSON.parse(metadata).responseUrl.split("/").pop() as string;
  const isWarning = (text: string) => text.startsWith(":warning:");

  /** Submits an open modal; a success is confirmed privately at the response_url the modal was opened from. */
  async function submitModal(as: string, view: Parsed, values: Record<string, string>) {
    const { body, since } = await h.submit(as, view, values);
    if (body?.response_action === "errors")
      return { ok: false as const, errors: body.errors as Record<string, string> };
    const reply = await h.waitForReply(since, replyOf(view.private_metadata));
    await app.flush();
    return { ok: !isWarning(reply.body.text), text: reply.body.text as string };
  }

  return {
    async openReportForm(as) {
      const view = await h.openModal(as);
      return view.blocks.filter((b: Parsed) => b.type === "input").map((b: Parsed) => b.block_id);
    },
    async submitReport(as, values) {
      const result = await submitModal(as, await h.openModal(as), values);
      if (!result.ok) return { ok: false, errors: ("errors" in result ? result.errors : undefined) ?? {} };
      return { ok: true, reference: /OV-\d{4}-\d{4}/.exec(result.text)?.[0] ?? "" };
    },
    channelCardText: async (reference) => {
      const card = h.card(reference);
      return card ? blocksText(card.blocks) : null;
    },
    async directText(personId) {
      const dm = `D${slackUserId(personId).slice(1)}`;
      return fake.messages
        .filter((m) => m.channel === dm)
        .map((m) => `${m.text}\n${blocksText(m.blocks)}`)
        .join("\n");
    },
    async press(as, reference, actionId, values) {
      const outcome = await h.press(as, reference, actionId);
      if (outcome.method === "response_url") {
        await app.flush();
        const text = outcome.body.text as string;
        return isWarning(text) ? { ok: false, error: text } : { ok: true };
      }
      const view = outcome.body.view;
      if (view.callback_id === "schakel_details") return { ok: true, privateText: JSON.stringify(view) };
      if (!values) return { ok: true };
      const result = await submitModal(as, view, values);
      if (result.ok) return { ok: true };
      return { ok: false, error: "text" in result ? result.text : JSON.stringify(result.errors) };
    },
    async everythingPosted() {
      return (
        fake.calls
          .filter((c) => !PRIVATE_METHODS.has(c.method))
          .map((c) => JSON.stringify(c.body))
          .join("\n") +
        "\n" +
        fake.messages.map((m) => JSON.stringify(m)).join("\n")
      );
    },
    close: () => h.close(),
  };
});
