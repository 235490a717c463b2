// Case events recorded by an external participant, through the console API: the outflow flow lets the
// neighbourhood team worker record a relapse (shipped) and, in this test's copy, a failed handover that sends the
// case back to the finances step. The event escalates, notifies, counts in the flow's KPI and sends the case to a
// step, exactly as a party's would; the parties read the role, the channel never hears the role or the reason.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { outflowAtWarmHandover } from "../support/outflow-case.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const CODE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;
const REASON = "PLANTED-REDEN terugval na verhuizing";
const EXTRA = `  - id: handover_failed
    label: Overdracht mislukt
    recordedBy: [neighbourhood_team]
    goTo: finances
    notify: [care]
`;

/** The shipped flows, with the outflow flow's extra role-only event (the flow itself counts crises in a KPI). */
function testFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "external-event-flows-"));
  cpSync("flows", dir, { recursive: true });
  const file = path.join(dir, "uitstroom.yaml");
  const signal = "recordedBy: [corporation], notify: [care] }\n";
  const text = readFileSync(file, "utf8").replace(signal, `${signal}${EXTRA}`);
  writeFileSync(file, text);
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
let caseRef = "";
let cookie = "";
let csrf = "";
beforeAll(async () => {
  app = await startTestApp({ flowsDir: testFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

async function asWorker(method: string, route: string, body?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json", cookie, "x-csrf-token": csrf };
  const response = await fetch(`${app.url}/api/extern${route}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const set = response.headers.get("set-cookie");
  if (set) cookie = set.split(";")[0] ?? "";
  const json = (await response.json()) as Record<string, unknown> & { error?: string; csrfToken?: string };
  if (json.csrfToken) csrf = json.csrfToken;
  return { status: response.status, body: json };
}

const dmOf = async (person: string) => (await drive.dm(person)).join("\n");

describe("an external participant records a case event", () => {
  it("drives an outflow case to its warm handover", async () => {
    caseRef = await outflowAtWarmHandover(drive, "Planted Bewoner");
  });

  it("is added to the case and signs in; their page offers the events the flow gives the role", async () => {
    const added = await drive.api.command(
      "hanna-visser",
      "/schakel",
      `extern ${caseRef} toevoegen neighbourhood_team Planted Wijkwerker`,
    );
    const code = CODE.exec(added.body.message.text)?.[0] ?? "";
    expect((await asWorker("POST", "/aanmelden", { code })).body.ok).toBe(true);
    const own = await asWorker("GET", "/zaak");
    expect(own.body.case).toMatchObject({
      events: [
        { id: "crisis", label: "Crisis of terugval" },
        { id: "handover_failed", label: "Overdracht mislukt" },
      ],
    });
  });

  it("is refused an event the flow does not give the role, and an event without a reason", async () => {
    const other = await asWorker("POST", "/gebeurtenissen", { event: "nuisance_signal", reason: "buren klagen" });
    expect(other.status).toBe(403);
    expect(other.body.error).toBe(
      "Deze gebeurtenis kunt u als Wijkteammedewerker niet vastleggen. U kunt vastleggen: ‘Crisis of terugval’ " +
        "(crisis), ‘Overdracht mislukt’ (handover_failed).",
    );
    const noReason = await asWorker("POST", "/gebeurtenissen", { event: "crisis", reason: " " });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toBe("Vul dit veld in.");
    expect(await drive.partyField("hanna-visser", caseRef, "Niveau")).toBe("Regulier");
  });

  it("escalates and notifies as the flow says; the parties read the role, the channel neither role nor reason", async () => {
    const done = await asWorker("POST", "/gebeurtenissen", { event: "crisis", reason: REASON });
    expect(done.body).toMatchObject({ ok: true });
    expect(await drive.partyField("hanna-visser", caseRef, "Niveau")).toBe("Casusoverleg");
    expect(await dmOf("hanna-visser")).toContain(
      "Externe deelnemer (Wijkteammedewerker) heeft vastgelegd: ‘Crisis of terugval’.",
    );
    expect(await dmOf("anouk-jansen")).toContain(
      `Bij melding ${caseRef} heeft Externe deelnemer (Wijkteammedewerker) vastgelegd: ‘Crisis of terugval’.`,
    );
    const coordinators = JSON.stringify(await drive.api.messages("wbw-coordinatoren"));
    expect(coordinators).toContain(caseRef);
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    // This flow's channel does not hear escalations: the parties read them, with the role.
    expect(await dmOf("hanna-visser")).toContain(
      "Opgeschaald naar ‘Casusoverleg’ door Externe deelnemer (Wijkteammedewerker).",
    );
    for (const secret of ["PLANTED", "Wijkteammedewerker", "Wijkwerker"]) expect(channel).not.toContain(secret);
  });

  it("is on the timeline as recorded by the role, with its reason for the parties only", async () => {
    const details = JSON.stringify((await drive.press("pieter-claassen", caseRef, "case.details")).body.view);
    expect(details).toContain(REASON);
    expect(details).toContain("Externe deelnemer (Wijkteammedewerker)");
    const c = must(await app.ctx.store.read.caseByReference(caseRef), "case");
    const recorded = (await app.ctx.store.read.events(c.id)).filter((e) => e.type === "case_event.recorded");
    expect(recorded.map((e) => [e.data.event, e.data.external, e.partyId])).toEqual([
      ["crisis", { number: 1, role: "neighbourhood_team" }, null],
    ]);
    expect(JSON.stringify(recorded)).not.toContain("Planted Wijkwerker");
  });

  it("sends the case back to a step when the flow says so; a party may not record the role's own event", async () => {
    const party = await drive.press("hanna-visser", caseRef, "case.record_event", {
      event: "handover_failed",
      reason: "x",
    });
    expect(party.status).toBe(403);
    const back = await asWorker("POST", "/gebeurtenissen", { event: "Overdracht mislukt", reason: "sleutel kwijt" });
    expect(back.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe(
      "Financiële afspraken (eerste huur, uitkering, postadres, bewindvoering)",
    );
    expect(await dmOf("hanna-visser")).toContain(
      `Bij melding ${caseRef} heeft Externe deelnemer (Wijkteammedewerker) vastgelegd: ‘Overdracht mislukt’.`,
    );
    const step = await asWorker("GET", "/zaak");
    expect(step.body.case).toMatchObject({ steps: [{ id: "warm_handover", status: "not_started" }] });
  });

  it("counts in the flow's KPI in the digest", async () => {
    await drive.api.advance({ workingDays: 5 });
    const digest = (await drive.api.call("GET", "/api/digest?region=wbw")).body;
    const crises = (digest.flowKpis as { kpiId: string; value: number }[]).find((k) => k.kpiId === "crises");
    expect(crises?.value).toBe(1);
  });
});
