// The digest reaches people: posted to the coordinators' channel, on demand with /schakel overzicht, as
// the console's page with an SVG chart, and the export for the regional monitor (no personal data).
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWeeklyDigest } from "../../src/app/post-weekly-digest.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { SimulatedClock } from "../../src/infra/clock.ts";
import { drainOutbox } from "../support/drain-outbox.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { amsterdam, seedMonth } from "./seeded-month.ts";

let app: TestApp;
let refs: Awaited<ReturnType<typeof seedMonth>>;
beforeAll(async () => {
  app = await startTestApp({ clockStart: amsterdam("2026-11-02T09:00") });
  refs = await seedMonth(app);
  (app.ctx as { clock: unknown }).clock = new SimulatedClock(undefined, amsterdam("2026-11-23T08:30"));
  await drainOutbox(app); // the seeded month queued a few hundred messages: part of the setup, not of a test
}, 120_000); // a month of cases and their deliveries: inherently the biggest setup of the digest tests
afterAll(async () => app?.close());

describe("digest delivery", () => {
  it("posts the digest card to the coordinators' channel with a link to the chart", async () => {
    await postWeeklyDigest({ ctx: app.ctx, publicUrl: "https://schakel.example.nl/" });
    await drainOutbox(app);
    const posted = (await (await fetch(`${app.url}/api/channels/wbw-coordinatoren/messages`)).json()) as {
      text: string;
      card?: { title: string; fields: { label: string; value: string }[]; footer?: string };
    }[];
    const digest = must(posted.find((m) => m.card?.title.startsWith("Weekoverzicht")));
    expect(must(digest.card, "digest.card").title).toBe("Weekoverzicht West-Brabant West, week 47");
    expect(must(digest.card, "digest.card").fields.map((f) => f.label)).toEqual([
      "Bergen op Zoom",
      "Roosendaal",
      "Steenbergen",
    ]);
    const boz = must(must(digest.card, "digest.card").fields[0]).value;
    expect(boz).toContain("Nieuw: 2 (+1) · Afgesloten: 1 (±0) · Nu open: 3");
    expect(boz).toContain(`Zorgaanbieder (Zorggroep Kompas) 2x: ${refs.c.reference}, ${refs.b.reference}`);
    expect(boz).toContain(`1 dec Zitting kantonrechter ${refs.d.reference}`);
    expect(boz).toContain("Huisuitzetting voorkomen: 1 (+1)");
    expect(must(digest.card, "digest.card").footer).toBe(
      "Verloop over 8 weken (grafiek): https://schakel.example.nl/digest?region=wbw",
    );
    expect(digest.text).not.toMatch(/Test Bewoner|Teststraat/);
  });

  it("answers /schakel overzicht with the digest", async () => {
    const result = await runCommand({
      ctx: app.ctx,
      actor: { personId: "yvonne-maas", platform: "local" },
      command: "/schakel",
      text: "overzicht",
    });
    expect(result.kind).toBe("message");
    if (result.kind === "message")
      expect(result.message.card?.fields.map((f) => f.label)).toEqual(["Bergen op Zoom", "Roosendaal", "Steenbergen"]);
  });

  it("serves the digest page with an inline SVG chart per municipality and the JSON", async () => {
    const page = await (await fetch(`${app.url}/digest?region=wbw`)).text();
    expect(page.match(/<svg /g)).toHaveLength(3);
    expect(page).not.toMatch(/src="http|href="http/);
    const json = (await (await fetch(`${app.url}/api/digest?region=wbw`)).json()) as { municipalities: unknown[] };
    expect(json.municipalities).toHaveLength(3);
    expect((await fetch(`${app.url}/api/digest?region=nowhere`)).status).toBe(404);
  });

  it("exports cases and obligations as CSV and XLSX with references only", async () => {
    const csv = await (await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-11-30`)).text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "reference,flow,municipality,status,current_step,level,outcome,outcome_kpi,reported_at,closed_at,days_to_close,obligations_open,obligations_overdue",
    );
    expect(lines).toHaveLength(7);
    expect(csv).toContain(
      `${refs.f.reference},huisuitzetting,bergen-op-zoom,closed,reminder_contact,0,payment_plan,prevented,`,
    );
    expect(csv).not.toMatch(/Test Bewoner|Teststraat|Test Huurder|1875/);
    const obligations = await (
      await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-11-30&table=obligations`)
    ).text();
    expect(obligations.split("\n")[0]).toBe(
      "reference,flow,municipality,step,party,organisation,status,started_at,due_at,done_at,ladder_level,overdue,done_in_time",
    );
    const xlsx = await fetch(`${app.url}/api/export.xlsx?from=2026-11-01&to=2026-11-30`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("refuses a bad export period with a Dutch sentence that says what is wrong", async () => {
    const refused = async (query: string) => {
      const response = await fetch(`${app.url}/api/export.csv?${query}`);
      expect(response.status).toBe(422);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await refused("from=2026-12-01&to=2026-11-01")).toBe(
      "De periode begint (2026-12-01) na het einde (2026-11-01). " + "Kies een begindatum vóór de einddatum.",
    );
    expect(await refused("from=2026-13-45&to=2026-12-01")).toMatch(
      /^‘2026-13-45’ is geen geldige datum voor Van: gebruik jjjj-mm-dd/,
    );
    expect(await refused("from=2026-01-01&to=0000-01-01")).toMatch(/^‘0000-01-01’ is geen geldige datum voor Tot/);
    expect(await refused("from=2026-01-01")).toBe("Vul de datum ‘Tot’ in, als jjjj-mm-dd (bijvoorbeeld 2026-01-31).");
    expect((await fetch(`${app.url}/api/export.xlsx?from=2026-02-30&to=2026-03-01`)).status).toBe(422);
  });
});
