// Case events declared in a flow file, through the console API: a party records "Nieuw incident" with a
// reason; the case goes back to the case meeting, moves up a level and the municipality is told, in one go.
import { must } from "../support/must.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const EVENTS = `
events:
  - id: new_incident
    label: Nieuw incident
    recordedBy: [corporation, care]
    goTo: case_meeting
    escalateTo: case_meeting
    notify: [wmo]
  - id: agreements_kept
    label: Afspraken nagekomen
    recordedBy: [care]
kpis:
  - { id: incidents, label: Nieuwe incidenten, count: { events: [new_incident] } }
  - { id: resolved_share, label: Opgelost, rate: { outcomes: [resolved], of: [resolved, civil_route, no_action] } }
`;
const REASON = "PLANTED-REDEN opnieuw geluidsoverlast na afspraak";

function eventFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "event-flows-"));
  cpSync("flows", dir, { recursive: true });
  const file = path.join(dir, "overlast.yaml");
  writeFileSync(file, `${readFileSync(file, "utf8")}${EVENTS}`);
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
let caseRef = "";
beforeAll(async () => {
  app = await startTestApp({ flowsDir: eventFlows() });
  drive = caseDriver(app.url);
  ({ caseRef } = await drive.report("femke-de-wit", "/overlast", {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    care_provider: "zorggroep-kompas",
    category: "noise",
    triage: "vulnerable_household",
    urgency: "high",
    legal_basis: "public_task",
    resident_name: "X",
    address: "Y 1",
    description: "Z",
    incident_date: "2026-11-20",
  }));
  for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"])
    await drive.press(who, caseRef, "case.acknowledge");
});
afterAll(async () => app?.close());

describe("a case event declared in the flow", () => {
  it("offers the events on the card and refuses a party the flow does not allow", async () => {
    expect(await drive.field(caseRef, "Stap")).toBe("Eerste contact en terugkoppeling aan melder");
    expect(
      must((await drive.card(caseRef)).card, "(await drive.card(caseRef)).card").actions.map((a) => a.id),
    ).toContain("case.record_event");
    const refused = await drive.press("pieter-claassen", caseRef, "case.record_event", {
      event: "new_incident",
      reason: "x",
    });
    expect(refused.status).toBe(403);
    const unknown = await drive.press("anouk-jansen", caseRef, "case.record_event", { event: "bogus", reason: "x" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.event).toBe("Kies een van de opties.");
    const noReason = await drive.press("anouk-jansen", caseRef, "case.record_event", {
      event: "new_incident",
      reason: "",
    });
    expect(noReason.body.errors.reason).toBe("Vul dit veld in.");
    expect(await drive.field(caseRef, "Stap")).toBe("Eerste contact en terugkoppeling aan melder");
  });

  it("sends the case back to the case meeting, escalates it and tells the municipality; the reason stays private", async () => {
    const recorded = await drive.press("anouk-jansen", caseRef, "case.record_event", {
      event: "new_incident",
      reason: REASON,
    });
    expect(recorded.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Casusoverleg");
    expect(await drive.field(caseRef, "Niveau")).toBe("Casusoverleg met alle partijen");
    expect(await drive.field(caseRef, "Wacht op")).not.toContain("Zorggroep Kompas");
    const thread = await drive.thread(caseRef);
    // What was recorded is for the parties on the case, not the shared channel.
    expect(thread).not.toContain("Woonstichting Woonhaven heeft vastgelegd: ‘Nieuw incident’.");
    const told = (personId: string, text: string) => drive.dm(personId).then((l) => l.some((t) => t.startsWith(text)));
    expect(await told("hanna-visser", "Woonstichting Woonhaven heeft vastgelegd: ‘Nieuw incident’.")).toBe(true);
    expect(thread).toContain("Opgeschaald naar ‘Casusoverleg met alle partijen’ door Woonstichting Woonhaven.");
    expect(
      (await drive.dm("pieter-claassen")).some((t) =>
        t.startsWith(`Bij melding ${caseRef} heeft Woonstichting Woonhaven vastgelegd: ‘Nieuw incident’.`),
      ),
    ).toBe(true);
    const everything = JSON.stringify(
      await Promise.all((await drive.api.channels()).map((ch) => drive.api.messages(ch.id))),
    );
    expect(everything).not.toContain("PLANTED");
    const view = await drive.api.action("hanna-visser", (await drive.card(caseRef)).id, "case.details");
    expect(JSON.stringify(view.body.view)).toContain(REASON);
  });

  it("records an event without consequences as a line on the timeline only", async () => {
    await drive.press("hanna-visser", caseRef, "case.record_event", {
      event: "agreements_kept",
      reason: "gesprek ging goed",
    });
    expect(await drive.thread(caseRef)).not.toContain("Zorggroep Kompas heeft vastgelegd: ‘Afspraken nagekomen’.");
    const dms = await drive.dm("anouk-jansen");
    expect(dms.some((t) => t.startsWith("Zorggroep Kompas heeft vastgelegd: ‘Afspraken nagekomen’."))).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Casusoverleg");
    const c = await app.ctx.store.read.caseByReference(caseRef);
    const events = (await app.ctx.store.read.events(must(c, "c").id))
      .filter((e) => e.type === "case_event.recorded")
      .map((e) => e.data.event);
    expect(events).toEqual(["new_incident", "agreements_kept"]);
  });
});

describe("KPIs declared in the flow", () => {
  it("shows the flow's own counts and rates for last week in the digest and the export", async () => {
    const closed = await drive.press("anouk-jansen", caseRef, "case.close", {
      outcome: "resolved",
      note: "rust teruggekeerd",
    });
    expect(closed.body.ok).toBe(true);
    await drive.api.advance({ workingDays: 5 }); // Monday 30 November: the last completed week holds it all
    const digest = (await drive.api.call("GET", "/api/digest?region=wbw")).body;
    expect(digest.flowKpis).toEqual([
      {
        flowId: "overlast",
        kpiId: "incidents",
        label: "Nieuwe incidenten",
        kind: "count",
        value: 1,
        numerator: 1,
        denominator: null,
      },
      {
        flowId: "overlast",
        kpiId: "resolved_share",
        label: "Opgelost",
        kind: "rate",
        value: 100,
        numerator: 1,
        denominator: 1,
      },
    ]);
    const overview = (await drive.api.command("pieter-claassen", "/schakel", "overzicht wbw")).body.message.card;
    const field = overview.fields.find((f: { label: string }) => f.label === "Kengetallen per protocol");
    expect(field.value).toBe("Overlast · Nieuwe incidenten: 1\nOverlast · Opgelost: 100% (1 van 1)");
    const csv = await (await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-11-30&table=kpis`)).text();
    expect(csv.split("\n").slice(0, 3)).toEqual([
      "flow,kpi,label,kind,value,numerator,denominator,from,to",
      "overlast,incidents,Nieuwe incidenten,count,1,1,,2026-11-01,2026-11-30",
      "overlast,resolved_share,Opgelost,rate,100,1,1,2026-11-01,2026-11-30",
    ]);
  });
});
