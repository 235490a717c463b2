// Applying a changed region file: idempotent, audited, and felt by people: the new contact gets one notice
// listing the open cases (and their reminders from then on), the coordinators one summary, and a person who
// left the file is deactivated and can no longer act.
import { must } from "../support/must.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAbsence } from "../../src/app/absence/record-absence.ts";
import { createPrismaClient, type Db } from "../../src/infra/prisma/client.ts";
import { applyRegions } from "../../src/infra/region/apply-regions.ts";
import { loadRegionDirectory } from "../../src/infra/region/region-loader.ts";
import { regionLog } from "../../src/infra/region/region-log.ts";
import { consoleClient } from "../support/console-client.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
let db: Db;
let dir: string;
let reference: string;
const api = () => consoleClient(app.url);
const dms = async (personId: string) => (await api().messages(`dm-${personId}`)).map((m) => m.text);
const apply = (by = "test-coordinator", skipWhenUnchanged = false) =>
  applyRegions({
    db,
    set: loadRegionDirectory(dir),
    by,
    at: app.ctx.clock.now(),
    platforms: app.ctx.platforms,
    skipWhenUnchanged,
  });
const counts = async () => ({ audit: await db.regionChange.count(), outbox: await db.outboxMessage.count() });

function editRegion(from: string, to: string): void {
  const file = path.join(dir, "west-brabant-west.yaml");
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`the region file no longer contains ${from}`);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "regions-"));
  cpSync("regions", dir, { recursive: true });
  app = await startTestApp({ regionsDir: dir });
  db = await createPrismaClient(app.databaseUrl);
  reference = (await reportOverlast(app.ctx)).reference;
  await app.flush();
});
afterAll(async () => {
  await db?.$disconnect();
  await app?.close();
});

describe("applying a region file", () => {
  it("changes nothing and writes nothing when the file is unchanged", async () => {
    const before = await counts();
    const result = await apply();
    expect(must(result.plans[0], "result.plans[0]").changes).toEqual([]);
    expect(await counts()).toEqual(before);
    expect((await apply("npm start", true)).skipped).toBe(true);
  });

  it("hands a contact's open cases to the new contact with one notice, and tells the coordinators once", async () => {
    const femkeActs = { personId: "femke-de-wit", platform: "local" as const };
    await recordAbsence({ ctx: app.ctx, actor: femkeActs, from: "1-12-2026", to: "4-12-2026" });
    editRegion(
      "    contact: hanna-visser\n    deputy: ilse-mulder\n",
      "    contact: karin-hendriks\n" + "    deputy: ilse-mulder\n",
    );
    const femke =
      "  - id: femke-de-wit\n    name: Femke de Wit\n    email: femke-de-wit@demo.schakel.nl\n" +
      "    organisation: woonhaven\n";
    editRegion(femke, "");
    const result = await apply();
    expect(
      must(result.plans[0], "result.plans[0]")
        .changes.map((c) => `${c.kind} ${c.subject}`)
        .sort(),
    ).toEqual(["person.deactivated femke-de-wit", "roster.changed zorggroep-kompas×bergen-op-zoom"]);
    await app.flush();
    const handover = (await dms("karin-hendriks")).filter((t) => t.includes("Je bent nu vaste contactpersoon"));
    expect(handover).toHaveLength(1);
    expect(handover[0]).toContain(`Zorggroep Kompas × Bergen op Zoom (contactpersoon): ${reference}`);
    expect(handover[0]).not.toContain("Test Bewoner");
    const summaries = (await api().messages("wbw-coordinatoren")).filter((m) =>
      m.text.includes("Het rooster van West-Brabant West"),
    );
    expect(summaries).toHaveLength(1);
    expect(must(summaries[0], "summaries[0]").text).toContain(
      "Zorggroep Kompas × Bergen op Zoom: contactpersoon Hanna Visser → Karin Hendriks",
    );
    expect(must(summaries[0], "summaries[0]").text).toContain("Femke de Wit staat niet meer in het bestand");
    expect(must(summaries[0], "summaries[0]").text).toContain("door test-coordinator");
  });

  it("records each change with who, before and after, when and from which file", async () => {
    const [audit] = await db.regionChange.findMany({ where: { kind: "roster.changed" } });
    expect(audit).toMatchObject({
      regionId: "wbw",
      by: "test-coordinator",
      subject: "zorggroep-kompas×bergen-op-zoom",
    });
    // When: on the app's (simulated) clock, as the case timelines are.
    expect(must(audit, "audit").at.getTime()).toBeGreaterThanOrEqual(MONDAY_10.getTime());
    expect(must(audit, "audit").at.getTime()).toBeLessThanOrEqual(app.ctx.clock.now().getTime());
    expect(must(audit, "audit").source).toMatch(/west-brabant-west\.yaml$/);
    expect(JSON.parse(must(must(audit, "audit").before, 'must(audit, "audit").before'))).toEqual({
      contact: "hanna-visser",
    });
    expect(JSON.parse(must(must(audit, "audit").after, 'must(audit, "audit").after'))).toEqual({
      contact: "karin-hendriks",
    });
    const log = (await regionLog(db, "wbw")).filter((l) => l.includes("by test-coordinator"));
    expect(log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2026-11-23 \d\d:\d\d · wbw · by test-coordinator · .*west-brabant-west\.yaml · /),
        expect.stringMatching(/ · Zorggroep Kompas × Bergen op Zoom: contact Hanna Visser → Karin Hendriks$/),
      ]),
    );
  });

  it("is idempotent: a second apply of the changed file changes and sends nothing", async () => {
    const before = await counts();
    expect(must((await apply()).plans[0], "(await apply()).plans[0]").changes).toEqual([]);
    await app.flush();
    expect(await counts()).toEqual(before);
    expect((await dms("karin-hendriks")).filter((t) => t.includes("Je bent nu vaste contactpersoon"))).toHaveLength(1);
  });

  it("deactivates a person who left the file: kept for history, not offered, and refused when acting", async () => {
    const femke = await app.ctx.store.read.person("femke-de-wit");
    expect(femke).toMatchObject({ name: "Femke de Wit", active: false, email: null });
    expect(await app.ctx.store.read.absencesOf(["femke-de-wit"], app.ctx.clock.now())).toEqual([]);
    expect((await api().people()).map((p) => p.id)).not.toContain("femke-de-wit");
    const command = await api().command("femke-de-wit", "/overlast");
    expect(command.status).toBe(403);
    expect(command.body.error).toContain("niet meer in het rooster");
    const card = must((await api().messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(`${reference} `)));
    expect((await api().action("femke-de-wit", card.id, "case.details")).status).toBe(403);
  });

  it("sends the moved obligation's reminders to the new contact, not the old one", async () => {
    await api().advance({ workingDays: 2 });
    const reminders = (await dms("karin-hendriks")).filter((t) => t.includes("Herinnering") && t.includes(reference));
    expect(reminders).toHaveLength(1);
    expect((await dms("hanna-visser")).filter((t) => t.includes("Herinnering"))).toHaveLength(0);
  });

  it("keeps accounts people linked in chat, unless the file gives that account to someone else (audited)", async () => {
    await app.ctx.store.transaction(async (tx) => {
      await tx.linkIdentity("bram-de-vries", "slack", "U0BRAMOWN");
      await tx.linkIdentity("bram-de-vries", "slack", "U0CLAIMED");
    });
    const email = "    email: anouk-jansen@demo.schakel.nl\n";
    editRegion(email, `${email}    slack: U0CLAIMED\n`);
    const changes = must((await apply()).plans[0], "(await apply()).plans[0]").changes.map(
      (c) => `${c.kind} ${c.subject}`,
    );
    expect(changes).toEqual(["person.changed anouk-jansen", "identity.moved slack:U0CLAIMED"]);
    expect((await app.ctx.store.read.personByIdentity("slack", "U0CLAIMED"))?.id).toBe("anouk-jansen");
    expect((await app.ctx.store.read.personByIdentity("slack", "U0BRAMOWN"))?.id).toBe("bram-de-vries");
    const [moved] = await db.regionChange.findMany({ where: { kind: "identity.moved" } });
    expect(JSON.parse(must(must(moved, "moved").before, 'must(moved, "moved").before'))).toEqual({
      person: "bram-de-vries",
    });
    expect(must((await apply()).plans[0], "(await apply()).plans[0]").changes).toEqual([]);
  });

  it("reactivates a person put back in the file", async () => {
    const femke =
      "  - id: femke-de-wit\n    name: Femke de Wit\n    email: femke-de-wit@demo.schakel.nl\n" +
      "    organisation: woonhaven\n";
    editRegion("people:\n", `people:\n${femke}`);
    const changes = must((await apply()).plans[0], "(await apply()).plans[0]").changes.map(
      (c) => `${c.kind} ${c.subject}`,
    );
    expect(changes).toEqual(["person.reactivated femke-de-wit", "person.changed femke-de-wit"]);
    const back = await app.ctx.store.read.person("femke-de-wit");
    expect(back).toMatchObject({ active: true, email: "femke-de-wit@demo.schakel.nl" });
    expect((await api().command("femke-de-wit", "/overlast")).body.form).toBeDefined();
  });
});
