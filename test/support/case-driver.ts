// Drives cases through the console API the way people click: find the card, press a button, fill its form.
import { consoleClient, type ApiMessage } from "./console-client.ts";

/** `channel`: the region's shared channel the case cards are in (the demo's by default). */
export function caseDriver(baseUrl: string, channel = "wbw-casuistiek") {
  const api = consoleClient(baseUrl);
  const card = async (reference: string): Promise<ApiMessage> => {
    const found = (await api.messages(channel)).find((m) => m.card?.title.startsWith(`${reference} `));
    if (!found) throw new Error(`no card for ${reference}`);
    return found;
  };
  const field = async (reference: string, label: string) =>
    (await card(reference)).card?.fields.find((f) => f.label === label)?.value;
  /** The card as a person on the case sees it (`/schakel status`): court dates, second-chance status and more. */
  const partyCard = async (as: string, reference: string) => {
    const body = (await api.command(as, "/schakel", `status ${reference}`)).body;
    return (body.message?.card ?? { title: "", fields: [], actions: [] }) as NonNullable<ApiMessage["card"]>;
  };
  const partyField = async (as: string, reference: string, label: string) =>
    (await partyCard(as, reference)).fields.find((f) => f.label === label)?.value;
  return {
    api,
    card,
    field,
    partyCard,
    partyField,
    async report(as: string, command: string, values: Record<string, unknown>) {
      const form = (await api.command(as, command)).body.form;
      return (await api.submit(as, form.id, values)).body;
    },
    /** Presses a button; when it opens a form, submits `values` to it. Returns the final response body and status. */
    async press(as: string, reference: string, actionId: string, values: Record<string, unknown> = {}) {
      const first = await api.action(as, (await card(reference)).id, actionId);
      if (!first.body.form) return first;
      return api.submit(as, first.body.form.id, values);
    },
    thread: async (reference: string) => ((await card(reference)).thread ?? []).map((r) => r.text),
    dm: async (personId: string) => (await api.messages(`dm-${personId}`)).map((m) => m.text),
  };
}
