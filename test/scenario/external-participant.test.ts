// External participants through the console API: a care provider adds a neighbourhood team worker to one
// outflow case; the worker signs in with the one-time code, sees only that case and only the address, completes
// the warm handover and nothing else; a party records on behalf of someone without an account; removal and
// closure end access at once; an erasure shreds the worker's name with the case key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { outflowAtWarmHandover } from "../support/outflow-case.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const CODE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;

const caseAtWarmHandover = (resident: string) => outflowAtWarmHandover(drive, resident);

/** A browser of an external participant: keeps the session cookie and sends the CSRF token on changes. */
function externalBrowser() {
  let cookie = "";
  let csrf = "";
  const call = async (method: string, path: string, body?: unknown, withCsrf = true) => {
    const headers: Record<string, string> = { "content-type": "application/json", cookie };
    if (withCsrf && csrf) headers["x-csrf-token"] = csrf;
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    const json = (await response.json()) as { ok?: boolean; error?: string; csrfToken?: string } & Record<
      string,
      unknown
    >;
    if (json.csrfToken) csrf = json.csrfToken;
    return { status: response.status, body: json };
  };
  const page = async (path: string) => {
    const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
    return { status: response.status, text: await response.text() };
  };
  return { call, page, signIn: (code: string) => call("POST", "/api/extern/aanmelden", { code }) };
}

const view = async (who: string, ref: string) => {
  const fields = (await drive.press(who, ref, "case.details")).body.view.fields as { label: string; value: string }[];
  return new Map(fields.map((f) => [f.label, f.value]));
};

describe("an external participant on one case", () => {
  let caseA = "";
  let caseB = "";
  let code = "";
  const worker = externalBrowser();

  it("drives one outflow case to its warm handover", async () => {
    caseA = await caseAtWarmHandover("Planted Bewoner");
  });

  it("drives another one there", async () => {
    caseB = await caseAtWarmHandover("Andere Bewoner");
  });

  it("is added by a party the role allows, with a one-time code; the channel never hears who", async () => {
    const byCorporation = await drive.api.command(
      "anouk-jansen",
      "/schakel",
      `extern ${caseA} toevoegen neighbourhood_team X`,
    );
    expect(byCorporation.status).toBe(403);
    expect(byCorporation.body.error).toContain("Alleen de contactpersonen van Zorgaanbieder (begeleiding)");
    const unknownRole = await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} toevoegen deurwaarder X`);
    expect(unknownRole.body.error).toBe("Onbekende rol ‘deurwaarder’. Kies uit: neighbourhood_team.");
    const added = await drive.api.command(
      "hanna-visser",
      "/schakel",
      `extern ${caseA} toevoegen neighbourhood_team Planted Wijkwerker; 06-11112222`,
    );
    expect(added.status).toBe(200);
    code = CODE.exec(added.body.message.text)?.[0] ?? "";
    expect(added.body.message.text).toContain(`Wijkteammedewerker toegevoegd aan ${caseA} als E1`);
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    expect(channel).not.toContain("Planted Wijkwerker");
    expect(channel).not.toContain("Wijkteammedewerker");
    expect((await drive.dm("anouk-jansen")).join("\n")).toContain("externe deelnemer toegevoegd: Wijkteammedewerker");
    expect((await view("hanna-visser", caseA)).get("Externe deelnemer E1 (Wijkteammedewerker)")).toBe(
      "Planted Wijkwerker, 06-11112222",
    );
  });

  it("signs in once with the code and sees only that case and only the address", async () => {
    expect((await externalBrowser().signIn("AAAA-BBBB-CCCC")).status).toBe(422);
    const signedIn = await worker.signIn(code);
    expect(signedIn.body).toMatchObject({ ok: true, reference: caseA, role: "Wijkteammedewerker" });
    const again = await externalBrowser().signIn(code);
    expect(again.body.error).toBe(
      "Deze uitnodigingscode is onbekend, al gebruikt of verlopen. Vraag wie u uitnodigde om een nieuwe code.",
    );
    const own = await worker.call("GET", "/api/extern/zaak");
    expect(own.body.case).toMatchObject({
      reference: caseA,
      role: "Wijkteammedewerker",
      fields: [{ label: "Nieuw adres", value: "Nieuwstraat 4" }],
      steps: [{ id: "warm_handover", label: "Warme overdracht naar de wijk", status: "open", mayComplete: true }],
    });
    expect(JSON.stringify(own.body)).not.toContain("Planted Bewoner");
  });

  it("is refused every other case, every list and every step not given to the role, in Dutch", async () => {
    const other = await worker.call("GET", `/api/extern/zaken/${caseB}`);
    expect(other.status).toBe(403);
    expect(other.body.error).toBe(`U heeft als externe deelnemer alleen toegang tot melding ${caseA}.`);
    for (const path of ["/api/channels", "/api/people", "/api/channels/wbw-casuistiek/messages"]) {
      const list = await worker.call("GET", path);
      expect(list.status).toBe(403);
      expect(list.body.error).toContain("alleen toegang tot uw eigen melding");
    }
    const command = await worker.call("POST", "/api/commands", {
      as: "hanna-visser",
      command: "/schakel",
      text: "mijn",
    });
    expect(command.status).toBe(403);
    const finances = await worker.call("POST", "/api/extern/stappen/finances/afronden", {});
    expect(finances.status).toBe(403);
    expect(finances.body.error).toContain("niet aan u als Wijkteammedewerker gegeven");
    const noCsrf = await worker.call("POST", "/api/extern/stappen/warm_handover/afronden", {}, false);
    expect(noCsrf.status).toBe(403);
    expect(await drive.field(caseA, "Stap")).toBe("Warme overdracht naar de wijk");
    // The attempt at case B is on B's view log, by role, never by name.
    const logB = (await drive.api.command("hanna-visser", "/schakel", `status ${caseB}`)).body.message.text as string;
    expect(logB).toContain("Externe deelnemer (Wijkteammedewerker)");
    expect(logB).not.toContain("Planted Wijkwerker");
  });

  it("completes the warm handover; the parties hear it was the external, the channel the usual line", async () => {
    const done = await worker.call("POST", "/api/extern/stappen/warm_handover/afronden", { note: "Kennisgemaakt" });
    expect(done.body.ok).toBe(true);
    expect(await drive.field(caseA, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
    expect(await drive.thread(caseA)).toContain("Zorggroep Kompas heeft ‘Warme overdracht naar de wijk’ afgerond.");
    expect((await drive.dm("hanna-visser")).join("\n")).toContain(
      "‘Warme overdracht naar de wijk’ is afgerond door de externe deelnemer (Wijkteammedewerker).",
    );
    const details = (await drive.press("hanna-visser", caseA, "case.details")).body.view;
    const text = JSON.stringify(details);
    expect(text).toContain("Kennisgemaakt");
    expect(text).toContain("Externe deelnemer (Wijkteammedewerker)");
    const step = await worker.call("GET", "/api/extern/zaak");
    expect(step.body.case).toMatchObject({ steps: [{ id: "warm_handover", status: "done", mayComplete: false }] });
  });

  it("loses access at once when a party removes them", async () => {
    const removed = await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} verwijderen E1`);
    expect(removed.body.message.text).toBe(
      `E1 (Wijkteammedewerker) is verwijderd van ${caseA}; de toegang is direct beëindigd.`,
    );
    const after = await worker.call("GET", "/api/extern/zaak");
    expect(after.status).toBe(403);
    expect(after.body.error).toBe("Uw toegang tot deze melding is beëindigd.");
    const list = (await drive.api.command("pieter-claassen", "/schakel", `extern ${caseA}`)).body.message.text;
    expect(list).toContain("E1 Wijkteammedewerker");
    expect(list).toContain("(verwijderd)");
  });

  let invite = "";
  it("lets a party record the step on behalf of someone without an account", async () => {
    const added = await drive.api.command(
      "pieter-claassen",
      "/schakel",
      `extern ${caseB} toevoegen neighbourhood_team Piet Buiten`,
    );
    invite = CODE.exec(added.body.message.text)?.[0] ?? "";
    const outsider = await drive.api.command("femke-de-wit", "/schakel", `extern ${caseB} namens E1`);
    expect(outsider.status).toBe(403);
    const behalf = await drive.api.command(
      "hanna-visser",
      "/schakel",
      `extern ${caseB} namens E1 Telefonisch doorgegeven`,
    );
    expect(behalf.body.message.text).toBe(
      "‘Warme overdracht naar de wijk’ is vastgelegd namens E1 (Wijkteammedewerker).",
    );
    expect(await drive.field(caseB, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
    expect((await drive.dm("anouk-jansen")).join("\n")).toContain(
      "Zorggroep Kompas heeft ‘Warme overdracht naar de wijk’ afgerond namens de externe deelnemer (Wijkteammedewerker).",
    );
    const details = JSON.stringify((await drive.press("anouk-jansen", caseB, "case.details")).body.view);
    expect(details).toContain("Zorggroep Kompas namens Wijkteammedewerker (extern)");
  });

  it("ends a signed-in participant's access when the case closes", async () => {
    const late = externalBrowser();
    expect((await late.signIn(invite)).body.ok).toBe(true);
    expect((await late.page("/extern")).status).toBe(200);
    expect((await drive.press("hanna-visser", caseB, "case.close", { outcome: "settled", note: "" })).body.ok).toBe(
      true,
    );
    const closed = await late.call("GET", "/api/extern/zaak");
    expect(closed.body.error).toBe("Uw toegang tot deze melding is beëindigd.");
  });

  it("an erasure shreds the external's name with the case key", async () => {
    const c = await app.ctx.store.read.caseByReference(caseA);
    const before = (await app.ctx.store.read.events(c?.id ?? "")).find((e) => e.type === "external.added");
    expect(before?.sealed).toBeTruthy();
    const erased = await drive.api.command("yvonne-maas", "/schakel", `avg wissen ${caseA} verzoek van de bewoner`);
    expect(erased.status).toBe(200);
    const after = (await app.ctx.store.read.events(c?.id ?? "")).find((e) => e.type === "external.added");
    expect(after?.sealed).toBeNull();
    expect(await app.ctx.store.read.caseKey(c?.id ?? "")).toBeNull();
  });
});
