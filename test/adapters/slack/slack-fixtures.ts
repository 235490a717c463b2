// Loads the recorded Slack payloads in fixtures/ and turns them into request bodies as Slack posts them; Slack's
// response_url host is pointed at the local fake, the only change made to a recorded payload.
import { readFileSync } from "node:fs";
import type { Parsed } from "../../support/parsed.ts";

const HOOKS = "https://hooks.slack.com/";

/** A fixture as parsed JSON, with every response_url (also inside private_metadata) on the fake's /response/. */
export function slackFixture(name: string, fakeUrl: string): Parsed {
  const text = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8");
  return JSON.parse(text.replaceAll(HOOKS, `${fakeUrl}/response/`));
}

/** The response id the fake records for a fixture's response_url. */
export const responseIdOf = (responseUrl: string) => responseUrl.slice(responseUrl.indexOf("/response/") + 10);

/** A slash command's fields, form-encoded as Slack sends them. */
export const commandBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** An interaction payload as Slack sends it: one form field `payload` holding the JSON. */
export const interactionBody = (payload: object) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
