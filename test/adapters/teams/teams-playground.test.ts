// The local Teams mode for the Agents Playground: never in production, and a Playground config with the
// demo region's people (the Playground requires exactly five users besides the current one).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { playgroundConfigYaml, playgroundObjectId } from "../../../src/adapters/teams/playground/playground-config.ts";
import { teamsPlayground } from "../../../src/adapters/teams/playground/teams-playground.ts";

describe("Teams Playground mode", () => {
  it("is refused in production mode before anything listens", () => {
    expect(() => teamsPlayground("production")).toThrow(/SCHAKEL_MODE=production refuses it/);
  });

  it("gives the Playground the current user and five more demo people with their roster e-mail", () => {
    const people = [
      { id: "eva-bakker", name: "Eva Bakker", email: "eva-bakker@demo.schakel.nl" },
      { id: "zonder-mail", name: "Zonder Mail", email: null },
      ...["joris-de-bruijn", "rob-van-gils", "gerrit-smits", "karin-hendriks", "yvonne-maas", "sanne-koster"].map(
        (id) => ({ id, name: id, email: `${id}@demo.schakel.nl` }),
      ),
    ];
    const config = parse(playgroundConfigYaml(people, "yvonne-maas"));
    expect(config.currentUser).toMatchObject({ email: "yvonne-maas@demo.schakel.nl" });
    expect(config.currentUser.aadObjectId).toBe(playgroundObjectId("yvonne-maas"));
    expect(config.users.map((u: { email: string }) => u.email)).toEqual([
      "eva-bakker@demo.schakel.nl",
      "joris-de-bruijn@demo.schakel.nl",
      "rob-van-gils@demo.schakel.nl",
      "gerrit-smits@demo.schakel.nl",
      "karin-hendriks@demo.schakel.nl",
    ]);
    expect(() => playgroundConfigYaml(people.slice(0, 4))).toThrow(/six people/);
  });
});
