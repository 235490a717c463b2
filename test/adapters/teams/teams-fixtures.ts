// Loads the recorded Teams activities in fixtures/ and the Teams users they come from; the connector's address
// (serviceUrl) is pointed at the local fake, the only change made to a recorded activity.
import { readFileSync } from "node:fs";
import type { Parsed } from "../../support/parsed.ts";
import type { TeamsUser } from "./activities.ts";

const SERVICE_URL = "https://smba.trafficmanager.net/emea/";

export function teamsFixture(name: string, connectorUrl: string): Parsed {
  const text = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8");
  return JSON.parse(text.replaceAll(SERVICE_URL, connectorUrl));
}

/** The roster people the fixtures' `from` accounts are, as the fake connector's members (Teams id, Entra id, UPN). */
export const FIXTURE_USERS: TeamsUser[] = [
  {
    personId: "eva-bakker",
    id: "29:1FakeTeamsUserIdEva0000000000000000000000000000000000000000000001",
    name: "Eva Bakker",
    aadObjectId: "11111111-2222-4333-8444-000000000001",
    email: "eva-bakker@demo.schakel.nl",
    userPrincipalName: "eva-bakker@demo.schakel.nl",
  },
  {
    personId: "joris-de-bruijn",
    id: "29:1FakeTeamsUserIdJoris000000000000000000000000000000000000000002",
    name: "Joris de Bruijn",
    aadObjectId: "11111111-2222-4333-8444-000000000002",
    email: "joris-de-bruijn@demo.schakel.nl",
    userPrincipalName: "joris-de-bruijn@demo.schakel.nl",
  },
];
