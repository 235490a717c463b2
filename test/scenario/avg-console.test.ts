// The resident's AVG rights on the console, as a coordinator and a contact would use them: restrict (the card says
// so and the details stay shut, the attempt logged), lift, rectify through the form, the access overview as a
// private view, and the view log under /schakel status.
import { describe, expect, it } from "vitest";
import { reportCase } from "../../src/app/report-case.ts";
import { consoleClient } from "../support/console-client.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();
const text = (r: { body: { message?: { text?: string }; error?: string } }) =>
  r.body.message?.text ?? r.body.error ?? "";

describe("AVG rights on the console", () => {
  it("restricts, lifts, rectifies and gives access, each with a reason, and logs every view", async () => {
    const app = await start();
    const api = consoleClient(app.url);
    const values = {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      days_in_arrears: "40",
      arrears_amount: "800",
      legal_basis: "public_task",
      resident_name: "Roos Console-Avg",
      address: "Oudeweg 3",
      objection: false,
      children_in_household: false,
    };
    const actor = { personId: "anouk-jansen", platform: "local" as const };
    const report = await reportCase({ ctx: app.ctx, actor, flowId: "huisuitzetting", values });
    if (!report.ok) throw new Error(JSON.stringify(report.errors));
    const ref = report.reference;

    const restricted = await api.command("yvonne-maas", "/schakel", `avg beperken ${ref} verzoek per brief`);
    expect(text(restricted)).toContain("beperkt");
    const card = (await api.messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(ref));
    expect(card?.card?.fields).toContainEqual({ label: "Gegevens", value: "Beperkt (AVG)" });
    const refused = await api.action("anouk-jansen", card?.id ?? "", "case.details");
    expect(refused.status).toBe(409);
    expect(text(refused)).toContain("beperkt op verzoek van de bewoner");
    expect(text(await api.command("anouk-jansen", "/schakel", `avg beperken ${ref} zomaar`))).toContain(
      "Alleen een coördinator",
    );
    expect(text(await api.command("yvonne-maas", "/schakel", `avg opheffen ${ref}`))).toContain("Geef een reden op");
    await api.command("yvonne-maas", "/schakel", `avg opheffen ${ref} bezwaar afgehandeld`);

    const opened = await api.command("anouk-jansen", "/schakel", `avg rectificatie ${ref}`);
    const form = opened.body.form as { id: string; fields: { id: string; value?: string }[] };
    expect(form.fields.map((f) => f.id)).toContain("address");
    expect(JSON.stringify(form)).not.toContain("Oudeweg 3");
    const fixed = await api.submit("anouk-jansen", form.id, { address: "Nieuweweg 4", reason: "verhuisd" });
    expect(text(fixed)).toContain("gecorrigeerd (Adres)");

    const access = await api.command("yvonne-maas", "/schakel", `avg inzage ${ref} brief 1 dec`);
    expect(JSON.stringify(access.body.view)).toContain("Nieuweweg 4");
    expect(JSON.stringify(access.body.view)).not.toContain("Oudeweg 3");

    const status = text(await api.command("anouk-jansen", "/schakel", `status ${ref}`));
    expect(status).toContain("Inzagelogboek");
    expect(status).toContain("Anouk Jansen (Woonstichting Woonhaven) probeerde de gegevens te openen: geweigerd");
    expect(status).toContain("corrigeerde de gegevens (AVG)");
    expect(status).toContain("Yvonne Maas");
  });
});
