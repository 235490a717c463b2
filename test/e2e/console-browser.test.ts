// The web console in a real browser: a housing-corporation contact reports nuisance through the form,
// the case card reaches the shared channel without personal data, and the routed contact acknowledges it
// from their DM. Drives headless Chromium with playwright-core against a fresh test server.
import { must } from "../support/must.ts";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { CHROMIUM, canRunChromium, launchChromium } from "../support/chromium.ts";
import { startTestServer } from "../support/test-server.ts";

const SCREENSHOT_DIR = fileURLToPath(new URL("../../.tmp/", import.meta.url));
const REFERENCE = /OV-\d{4}-\d{4}/;

interface Person {
  id: string;
  name: string;
  organisation: string;
  roles: string[];
}
interface Channel {
  id: string;
  name: string;
  kind: "channel" | "dm";
  personId?: string;
}
interface ApiMessage {
  id: string;
  text: string;
  card?: { actions: { id: string }[] };
}

if (!canRunChromium)
  console.warn(
    `Skipping the console browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );

describe.skipIf(!canRunChromium)("web console in a browser (skipped without Chromium outside CI)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;

  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1360, height: 900 },
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
    });
    page.setDefaultTimeout(15_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  const optionValues = (select: Locator) =>
    select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

  /** Fills every required field: the select's option at `optionIndex` (the first real one by default), planted text. */
  async function fillRequired(dialog: Locator, optionIndex: Map<string, number>) {
    const inputs = await dialog.locator('[data-testid^="field-"]').all();
    for (const input of inputs) {
      const info = await input.evaluate((e) => ({
        tag: e.tagName,
        type: (e as HTMLInputElement).type,
        required: (e as HTMLInputElement).required,
        testid: e.getAttribute("data-testid") ?? "",
      }));
      if (!info.required) continue;
      const id = info.testid.slice("field-".length);
      if (info.tag === "SELECT") {
        const options = await optionValues(input);
        await input.selectOption(must(options[Math.min(optionIndex.get(id) ?? 0, options.length - 1)]));
      } else if (info.type === "date") await input.fill("2026-11-20");
      else if (info.type === "number") await input.fill("1");
      else if (info.type === "checkbox") await input.check();
      else if (info.tag === "TEXTAREA") await input.fill("PLANTED-OMSCHRIJVING-7731");
      else await input.fill(/name|naam/i.test(id) ? "PLANTED-NAAM-7731" : `PLANTED-${id.toUpperCase()}-7731`);
    }
  }

  /** Submits the report form; a refused select (e.g. an organisation without a contact there) gets its next option. */
  async function submitReport(dialog: Locator): Promise<string> {
    const optionIndex = new Map<string, number>();
    await fillRequired(dialog, optionIndex);
    const toast = page.getByTestId("toast");
    const fieldErrors = dialog.locator('[data-testid^="error-"]:visible');
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.getByTestId("form-submit").click();
      await toast.or(fieldErrors).filter({ visible: true }).first().waitFor();
      if (await toast.isVisible()) return (await toast.textContent()) ?? "";
      const refused = await dialog.locator('[data-testid^="error-"]:visible').evaluateAll((es) =>
        // Runs in the page: the selector guarantees the attribute, and test helpers cannot be imported there.
        es.map((e) => (e.getAttribute("data-testid") ?? "").slice("error-".length)),
      );
      for (const id of refused) {
        const input = dialog.getByTestId(`field-${id}`);
        // The modal stays open with what was typed, and each message sits under its field.
        expect(await input.getAttribute("aria-describedby")).toContain(`fe-${id}`);
        expect(await input.evaluate((e) => e.tagName)).toBe("SELECT");
        optionIndex.set(id, (optionIndex.get(id) ?? 0) + 1);
        const options = await optionValues(input);
        expect(must(optionIndex.get(id), "optionIndex.get(id)"), `every option of ${id} was refused`).toBeLessThan(
          options.length,
        );
        await input.selectOption(must(options[must(optionIndex.get(id), "optionIndex.get(id)")]));
      }
      const typed = dialog.locator('input[type="text"][required]').first();
      if (await typed.count()) expect(await typed.inputValue()).toContain("PLANTED");
    }
    throw new Error("the report form was refused six times");
  }

  async function openChannel(channel: Channel) {
    await page.getByTestId(`channel-${channel.id}`).click();
    await expect.poll(() => page.locator("#channel-title").textContent(), { timeout: 10_000 }).toBe(channel.name);
  }

  it("reports nuisance, keeps personal data out of the channel, and records an acknowledgement", async () => {
    const people = await get<Person[]>("/api/people");
    const channels = await get<Channel[]>("/api/channels");
    const reporter = people.find((p) => p.roles.includes("contactpersoon") && /woon|wonen/i.test(p.organisation));
    const shared = channels.find((c) => c.kind === "channel" && !/coörd|coord/i.test(c.name));
    expect(reporter, "a housing-corporation contact in the demo region").toBeDefined();
    expect(shared, "a shared channel").toBeDefined();

    await page.goto(server.url);
    await page.locator("body[data-ready=true]").waitFor();
    await page.getByTestId("person-picker").selectOption(must(reporter, "reporter").id);
    await expect
      .poll(() => page.getByTestId(`channel-dm-${must(reporter, "reporter").id}`).textContent())
      .toContain("(jij)");

    await page.getByTestId("command-input").fill("/overlast");
    await page.getByTestId("command-input").press("Enter");
    const dialog = page.getByTestId("form-dialog");
    await dialog.waitFor({ state: "visible" });
    const toast = await submitReport(dialog);
    const reference = REFERENCE.exec(toast)?.[0];
    expect(reference, `toast "${toast}" names the new case`).toBeDefined();
    await dialog.waitFor({ state: "hidden" });

    await openChannel(must(shared, "shared"));
    const sharedCard = page.getByTestId("message").filter({ hasText: must(reference, "reference") });
    await expect.poll(() => sharedCard.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator("body").textContent()).not.toContain("PLANTED");

    // The routed contact: whose DM carries the case with an acknowledge button.
    let contact: Person | undefined;
    for (const person of people) {
      const dm = channels.find((c) => c.kind === "dm" && c.personId === person.id);
      if (!dm) continue;
      const messages = await get<ApiMessage[]>(
        `/api/channels/${encodeURIComponent(dm.id)}/messages?as=${encodeURIComponent(person.id)}`,
      );
      if (
        messages.some(
          (m) =>
            m.text.includes(must(reference, "reference")) && m.card?.actions.some((a) => a.id === "case.acknowledge"),
        )
      ) {
        contact = person;
        break;
      }
    }
    expect(contact, "someone was asked to acknowledge the case in a DM").toBeDefined();

    await page.getByTestId("person-picker").selectOption(must(contact, "contact").id);
    const dmChannel = must(channels.find((c) => c.kind === "dm" && c.personId === must(contact, "contact").id));
    await openChannel(dmChannel);
    const dmMessage = page
      .getByTestId("message")
      .filter({ hasText: must(reference, "reference") })
      .filter({ has: page.getByTestId("action-case.acknowledge") })
      .first();
    const toastClose = page.getByTestId("toast").getByRole("button", { name: "Melding sluiten" });
    if (await toastClose.isVisible()) await toastClose.click();
    await dmMessage.getByTestId("action-case.acknowledge").click();
    // A contact for several parties is asked on whose behalf; take the first.
    await page.getByTestId("toast").or(dialog).filter({ visible: true }).first().waitFor();
    if (await dialog.isVisible()) {
      await fillRequired(dialog, new Map());
      await page.getByTestId("form-submit").click();
      await dialog.waitFor({ state: "hidden" });
    }
    const ackToast = page.getByTestId("toast");
    await ackToast.waitFor();
    expect(await ackToast.getAttribute("role"), (await ackToast.textContent()) ?? "").toBe("status");

    await openChannel(must(shared, "shared"));
    const acknowledged = sharedCard.getByTestId("card-field").filter({ hasText: /bevestigd/i });
    await expect
      .poll(async () => (await acknowledged.allTextContents()).join(" | ").toLowerCase(), { timeout: 10_000 })
      .toContain(must(contact, "contact").organisation.toLowerCase());
    expect(await page.locator("body").textContent()).not.toContain("PLANTED");

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}console.png`, fullPage: true });
  }, 60_000);
});
