// The console adapter passes the shared contract, driven through its JSON API.
import { must } from "../support/must.ts";
import { consoleClient } from "../support/console-client.ts";
import { startTestApp } from "../support/test-app.ts";
import { runAdapterContract, type ContractDriver } from "./adapter-contract.ts";

runAdapterContract("local console", async (): Promise<ContractDriver> => {
  const app = await startTestApp();
  const api = consoleClient(app.url);
  const card = async (reference: string) =>
    (await api.messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(reference));
  return {
    async openReportForm(as) {
      return (await api.command(as, "/overlast")).body.form.fields.map((f: { id: string }) => f.id);
    },
    async submitReport(as, values) {
      const { body } = await api.submit(as, "report:overlast", values);
      return body.ok ? { ok: true, reference: body.caseRef } : { ok: false, errors: body.errors ?? {} };
    },
    channelCardText: async (reference) => (await card(reference))?.text ?? null,
    directText: async (personId) => (await api.messages(`dm-${personId}`)).map((m) => m.text).join("\n"),
    async press(as, reference, actionId, values) {
      const message = await card(reference);
      let { body } = await api.action(as, must(message, "message").id, actionId);
      if (body.form && values) body = (await api.submit(as, body.form.id, values)).body;
      return {
        ok: Boolean(body.ok),
        ...(body.error ? { error: body.error } : {}),
        ...(body.view ? { privateText: JSON.stringify(body.view) } : {}),
      };
    },
    async everythingPosted() {
      const all = [];
      for (const channel of await api.channels()) all.push(JSON.stringify(await api.messages(channel.id)));
      return all.join("\n");
    },
    close: () => app.close(),
  };
});
