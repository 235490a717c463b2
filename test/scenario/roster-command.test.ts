// /schakel rooster through the console API: per municipality each organisation's contact, deputy and
// coordinator and who is away now; a municipality matched by name regardless of case, or a Dutch error.
import { describe, expect, it } from "vitest";
import { consoleClient } from "../support/console-client.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();

async function open() {
  const api = consoleClient((await start()).url);
  const say = async (as: string, text: string) => {
    const response = await api.command(as, "/schakel", text);
    return { status: response.status, text: (response.body.message?.text ?? response.body.error ?? "") as string };
  };
  return { say };
}

describe("/schakel rooster", () => {
  it("shows each municipality's contacts, deputies, coordinators and who is away, privately", async () => {
    const { say } = await open();
    const all = await say("femke-de-wit", "rooster");
    expect(all.status).toBe(200);
    expect(all.text.split("\n\n").map((block) => block.split("\n")[0])).toEqual([
      "Rooster Bergen op Zoom",
      "Rooster Roosendaal",
      "Rooster Steenbergen",
    ]);
    expect(all.text).toContain(
      "• Woonstichting Woonhaven: contactpersoon Anouk Jansen, vervanger Bram de Vries, coördinator Yvonne Maas (regio)",
    );
    expect(all.text).not.toContain("afwezig");

    await say("anouk-jansen", "afwezig 23-11-2026 4-12-2026");
    const one = await say("femke-de-wit", "rooster bergen op zoom");
    expect(one.text.split("\n").slice(0, 3)).toEqual([
      "Rooster Bergen op Zoom",
      "• Stichting Nieuw Begin: contactpersoon Noah Brouwer, vervanger Olga van Leeuwen, coördinator Yvonne Maas (regio)",
      "• Wmo-loket Bergen op Zoom: contactpersoon Pieter Claassen, vervanger Quinty Vermeulen, coördinator Yvonne Maas (regio)",
    ]);
    expect(one.text).toContain(
      "• Woonstichting Woonhaven: contactpersoon Anouk Jansen, vervanger Bram de Vries, coördinator Yvonne Maas (regio)\n" +
        "   Nu Anouk Jansen afwezig t/m vr 4 dec 2026. Waarnemend: Bram de Vries.",
    );
    expect((await say("tim-aerts", "rooster STEENBERGEN")).text).toMatch(/^Rooster Steenbergen\n/);
    const unknown = await say("femke-de-wit", "rooster Groningen");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe(
      "De gemeente ‘Groningen’ ken ik niet. Kies een van: Bergen op Zoom, Roosendaal, Steenbergen.",
    );
    expect((await say("femke-de-wit", "help")).text).toContain("/schakel rooster [gemeente]");
  });
});
