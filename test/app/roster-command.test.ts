// "/schakel rooster": who is away now and who acts for them (the deputy, or the coordinator when both are away),
// and a Dutch refusal naming the known municipalities for one it does not know.
import { describe, expect, it } from "vitest";
import { recordAbsence } from "../../src/app/absence/record-absence.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { appsPerTest, type TestApp } from "../support/test-app.ts";

const start = appsPerTest();
const local = (personId: string) => ({ personId, platform: "local" as const });
const roster = async (app: TestApp, text: string) => {
  const result = await runCommand({ ctx: app.ctx, actor: local("yvonne-maas"), command: "/schakel", text });
  if (result.kind !== "message") throw new Error(`not a message: ${JSON.stringify(result)}`);
  return result.message.text.split("\n");
};
const woonhaven = (lines: string[]) =>
  lines.slice(
    lines.findIndex((l) => l.includes("Woonhaven")),
    undefined,
  );

describe("the roster command", () => {
  it("shows who is away and who acts: the deputy, then the coordinator when the deputy is away too", async () => {
    const app = await start();
    await recordAbsence({ ctx: app.ctx, actor: local("anouk-jansen"), from: "23-11-2026", to: "27-11-2026" });
    const one = woonhaven(await roster(app, "rooster Bergen op Zoom"));
    expect(one[1]).toBe("   Nu Anouk Jansen afwezig t/m vr 27 nov 2026. Waarnemend: Bram de Vries.");
    await recordAbsence({ ctx: app.ctx, actor: local("bram-de-vries"), from: "23-11-2026", to: "24-11-2026" });
    const both = woonhaven(await roster(app, "rooster Bergen op Zoom"));
    expect(both[1]).toBe(
      "   Nu Anouk Jansen afwezig t/m vr 27 nov 2026, Bram de Vries afwezig t/m di 24 nov 2026. " +
        "Waarnemend: de coördinator.",
    );
  });

  it("refuses a municipality it does not know, naming the ones it does", async () => {
    const app = await start();
    const result = await runCommand({
      ctx: app.ctx,
      actor: local("yvonne-maas"),
      command: "/schakel",
      text: "rooster Atlantis",
    });
    expect(result).toMatchObject({
      kind: "error",
      error: expect.stringMatching(/^De gemeente ‘Atlantis’ ken ik niet\. Kies een van: .*Bergen op Zoom/),
    });
  });
});
