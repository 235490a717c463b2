// The console on a desktop (1360 px) and a phone (390 px), driven by the keyboard alone: report nuisance,
// switch person, acknowledge from the DM, open and Escape the private view, and keep focus on that card.
// Checks no horizontal scroll, readable card values and axe-core; screenshots go to test-artifacts/.
import { must } from "../support/must.ts";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, canRunChromium, launchChromium } from "../support/chromium.ts";
import { startTestServer } from "../support/test-server.ts";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
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
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The focused element, described in one object. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    return {
      tag: e?.tagName ?? "",
      type: e?.type ?? "",
      required: Boolean(e?.required),
      value: e?.value ?? "",
      testid: e?.getAttribute("data-testid") ?? "",
      message: e?.closest("[data-message-id]")?.getAttribute("data-message-id") ?? "",
    };
  });

/** Presses Tab until the focused element matches `selector`; fails when it takes more than `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} not reached with ${max} Tab presses`);
}

/** Picks an option of the focused select by arrow keys. */
async function arrowToValue(page: Page, value: string) {
  await page.keyboard.press("Home");
  for (let i = 0; i < 60 && (await focused(page)).value !== value; i++) await page.keyboard.press("ArrowDown");
  expect((await focused(page)).value).toBe(value);
}

/** Types 20 November 2026 into the focused date input, whichever day/month order the browser's locale uses. */
async function typeDate(page: Page) {
  for (const digits of ["20112026", "11202026"]) {
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type(digits);
    if ((await focused(page)).value === "2026-11-20") return;
  }
  throw new Error("could not type a date");
}

/** Fills the open form's required fields by keyboard (the first field has focus) and submits with Enter. */
async function fillAndSubmitByKeyboard(page: Page) {
  for (let i = 0; i < 60; i++) {
    const f = await focused(page);
    if (f.testid === "form-submit") return page.keyboard.press("Enter");
    if (f.required && !f.value) {
      if (f.tag === "SELECT") await page.keyboard.press("ArrowDown");
      else if (f.type === "date") await typeDate(page);
      else await page.keyboard.type(f.tag === "TEXTAREA" ? "PLANTED-OMSCHRIJVING" : "PLANTED-TEKST");
    }
    await page.keyboard.press("Tab");
  }
  throw new Error("the submit button was not reached");
}

/** Submits the report form by keyboard; a refused select gets focus and the next option. */
async function reportByKeyboard(page: Page): Promise<string> {
  const dialog = page.getByTestId("form-dialog");
  await dialog.waitFor({ state: "visible" });
  await fillAndSubmitByKeyboard(page);
  for (let attempt = 0; attempt < 8; attempt++) {
    const toast = page.getByTestId("toast");
    await toast.or(dialog.locator('[data-testid^="error-"]:visible')).first().waitFor();
    if (await toast.isVisible()) return (await toast.textContent()) ?? "";
    const errors = await dialog.locator('[data-testid^="error-"]:visible').allTextContents();
    const f = await focused(page);
    expect(f.tag, `the first refused field has focus: ${JSON.stringify(f)} ${errors.join(" ")}`).toBe("SELECT");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, '[data-testid="form-submit"]', 30);
    await page.keyboard.press("Enter");
  }
  throw new Error("the report form was refused eight times");
}

async function axeViolations(page: Page, impacts: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    async () =>
      (
        await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run()
      ).violations,
  )) as Violation[];
  return violations
    .filter((v) => impacts.includes(v.impact ?? ""))
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")})`,
    );
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "page wider than the window").toBeLessThanOrEqual(innerWidth);
}

if (!canRunChromium) console.warn(`Skipping the keyboard and phone browser test: no Chromium at ${CHROMIUM}.`);

describe.skipIf(!canRunChromium)(
  "console by keyboard on desktop and phone (skipped without Chromium outside CI)",
  () => {
    let server: { url: string; close(): Promise<void> };
    let browser: Browser;
    const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

    beforeAll(async () => {
      server = await startTestServer();
      browser = await launchChromium();
      mkdirSync(ARTIFACTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    type AskedToAcknowledge = { person: Person; channel: Channel; message: ApiMessage };
    async function dmWithAcknowledge(reference: string): Promise<AskedToAcknowledge> {
      const people = await get<Person[]>("/api/people");
      const channels = await get<Channel[]>("/api/channels");
      for (const person of people) {
        const channel = must(channels.find((c) => c.kind === "dm" && c.personId === person.id));
        const messages = await get<ApiMessage[]>(
          `/api/channels/${encodeURIComponent(channel.id)}/messages?as=${encodeURIComponent(person.id)}`,
        );
        const message = messages.find(
          (m) => m.text.includes(reference) && m.card?.actions.some((a) => a.id === "case.acknowledge"),
        );
        if (message) return { person, channel, message };
      }
      throw new Error(`nobody was asked to acknowledge ${reference}`);
    }

    for (const width of [1360, 390]) {
      it(`reports, acknowledges and views by keyboard alone at ${width} px`, async () => {
        const viewport = { width, height: width > 800 ? 900 : 844 };
        const page = await browser.newPage({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
        page.setDefaultTimeout(15_000);
        const shot = (name: string) =>
          page.screenshot({ path: `${ARTIFACTS}console-${width}-${name}.png`, fullPage: true });
        const people = await get<Person[]>("/api/people");
        const channels = await get<Channel[]>("/api/channels");
        const reporter = must(
          people.find((p) => p.roles.includes("contactpersoon") && /woon|wonen/i.test(p.organisation)),
        );
        const shared = must(channels.find((c) => c.kind === "channel" && !/co[oö]rd/i.test(c.name)));

        await page.goto(server.url);
        await page.locator("body[data-ready=true]").waitFor();
        await tabTo(page, '[data-testid="person-picker"]', 10);
        await arrowToValue(page, reporter.id);
        await tabTo(page, '[data-testid="command-input"]');
        await page.keyboard.type("/overlast");
        await page.keyboard.press("Enter");
        await shot("form");
        const reference = REFERENCE.exec(await reportByKeyboard(page))?.[0];
        expect(reference, "the toast names the new case").toBeDefined();

        const { person: contact, channel: dm, message } = await dmWithAcknowledge(must(reference, "reference"));
        await page.keyboard.press("Shift+Tab"); // back from the composer towards the top bar
        await tabTo(page, '[data-testid="person-picker"]', 200);
        await arrowToValue(page, contact.id);
        await tabTo(page, `[data-testid="channel-${dm.id}"]`, 200);
        await page.keyboard.press("Enter");
        const card = page.locator(`[data-message-id="${message.id}"]`);
        await card.waitFor();
        await tabTo(page, `[data-message-id="${message.id}"] [data-testid="action-case.acknowledge"]`, 200);
        await page.keyboard.press("Enter");
        const toast = page.getByTestId("toast");
        await toast.waitFor();
        await expect.poll(async () => (await focused(page)).message, { timeout: 10_000 }).toBe(message.id);
        await shot("acknowledged");

        await tabTo(page, `[data-message-id="${message.id}"] [data-testid="action-case.details"]`, 40);
        await page.keyboard.press("Enter");
        await page.getByTestId("view-dialog").waitFor({ state: "visible" });
        await expectNoHorizontalScroll(page);
        await shot("private-view");
        await page.keyboard.press("Escape");
        await page.getByTestId("view-dialog").waitFor({ state: "hidden" });
        await expect.poll(async () => (await focused(page)).testid, { timeout: 10_000 }).toBe("action-case.details");
        expect((await focused(page)).message).toBe(message.id);

        await tabTo(page, `[data-testid="channel-${shared.id}"]`, 200);
        await page.keyboard.press("Enter");
        const sharedCard = page.getByTestId("message").filter({ hasText: must(reference, "reference") });
        await sharedCard.first().waitFor();
        await expectNoHorizontalScroll(page);
        const acknowledged = sharedCard.getByTestId("card-field").filter({ hasText: /bevestigd/i });
        await expect.poll(() => acknowledged.textContent(), { timeout: 10_000 }).toContain(contact.organisation);
        // Card values are readable: never a column of a few letters.
        const narrowest = await sharedCard
          .first()
          .locator(".card-field dd")
          .evaluateAll((dds) => Math.min(...dds.map((d) => d.getBoundingClientRect().width)));
        expect(narrowest).toBeGreaterThan(150);
        for (const id of ["person-picker", "advance-hour", "advance-day"]) {
          const box = must(await page.getByTestId(id).boundingBox());
          expect(box.x + box.width, `${id} inside the window`).toBeLessThanOrEqual(width);
        }
        await shot("shared-channel");
        expect(await axeViolations(page, ["serious", "critical"])).toEqual([]);

        // Three working days on: the silent party is overdue and the ladder has called in the deputy, marked on the card.
        await tabTo(page, '[data-testid="advance-day"]', 200);
        for (let day = 0; day < 3; day++) {
          // The clock may show the new time (another refresh read it) while the advance is still busy; a press on a
          // busy button is ignored, as for a person, so wait until it is free.
          const busy = () => page.getByTestId("advance-day").getAttribute("aria-disabled");
          await expect.poll(busy, { timeout: 10_000 }).toBeNull();
          const before = await page.getByTestId("clock").textContent();
          await page.keyboard.press("Enter");
          // A day on runs that day's sweep before the clock answers: more than the default second on a loaded CI.
          await expect.poll(() => page.getByTestId("clock").textContent(), { timeout: 10_000 }).not.toBe(before);
          expect((await focused(page)).testid, "the clock button keeps the focus").toBe("advance-day");
        }
        const alerts = sharedCard.first().locator(".card-field-alert");
        await expect
          .poll(() => alerts.allTextContents())
          .toEqual([expect.stringMatching(/^Te laat/), expect.stringMatching(/^Opschaling/)]);
        await shot("overdue");

        await page.goto(`${server.url}/digest`);
        await expectNoHorizontalScroll(page);
        await shot("digest");
        expect(await axeViolations(page, ["moderate", "serious", "critical"])).toEqual([]);
        // An emptied date answers on the page, in Dutch, at the form: not the browser's bubble, not raw JSON.
        await page.locator('input[name="from"]').fill("");
        await page.locator('button[value="cases"]').press("Enter");
        await expect
          .poll(() => page.getByRole("alert").textContent())
          .toBe("Vul de datum ‘Van’ in, als jjjj-mm-dd (bijvoorbeeld 2026-01-31).");
        expect(await page.locator('input[name="from"]').getAttribute("aria-invalid")).toBe("true");
        await shot("digest-export-error");
        expect(await axeViolations(page, ["moderate", "serious", "critical"])).toEqual([]);
        await page.close();
      }, 90_000);
    }
  },
);
