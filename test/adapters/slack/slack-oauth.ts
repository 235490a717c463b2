// Installs Schakel in a fake workspace (or Grid org) the way an admin does: /slack/install, Slack's consent (the
// fake's code), then the OAuth callback with the state Schakel issued.
import { must } from "../../support/must.ts";

/** Runs Bolt's install flow against the Slack adapter at `base`; the callback's HTTP status. */
export async function installThroughOAuth(base: string, code: string): Promise<number> {
  const start = await fetch(`${base}/slack/install`, { redirect: "manual" });
  const location = must(start.headers.get("location"), "the install redirect");
  const state = must(new URL(location).searchParams.get("state"), "the OAuth state");
  const cookie = must(must(start.headers.get("set-cookie"), "the state cookie").split(";")[0]);
  const done = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: "manual",
  });
  await done.text();
  return done.status;
}
