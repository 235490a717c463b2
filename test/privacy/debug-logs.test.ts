// At LOG_LEVEL=debug nothing personal reaches the log, SDK debug lines included: a report with planted values,
// a reason, a note and the private details view on the console, Slack and Teams, with every line captured.
import type { Parsed } from "../support/parsed.ts";
import { must } from "../support/must.ts";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/app/ports.ts";
import { loadFlowDirectory } from "../../src/infra/flow-loader.ts";
import { createLogger, personalFieldIds } from "../../src/infra/logger.ts";
import { PEOPLE, PLANTED, VALID_REPORT } from "../contract/adapter-contract.ts";
import { consoleClient } from "../support/console-client.ts";
import { startTestApp } from "../support/test-app.ts";
import { startSlackHarness } from "../adapters/slack/slack-harness.ts";
import { startTeamsHarness } from "../adapters/teams/teams-harness.ts";
import { teamsDriver } from "../adapters/teams/teams-driver.ts";

const REASON = "LOGPLANTED-reden bedreiging buurman";
const NOTE = "LOGPLANTED-notitie huisbezoek";
const PLANTED_VALUES = [
  ...Object.values(PLANTED).filter((v) => v !== "2026-11-20"),
  "Contractplantstraat",
  REASON,
  NOTE,
];

/** A pino logger at debug level that keeps every line it writes. */
function capturingLogger(): { log: Logger; written: () => string } {
  const lines: string[] = [];
  const flows = loadFlowDirectory(path.resolve("flows")).map((p) => p.flow);
  const log = createLogger("debug", {
    personalKeys: personalFieldIds(flows),
    destination: {
      write: (line: string) => {
        lines.push(line);
      },
    },
  });
  return { log, written: () => lines.join("") };
}

interface Driver {
  report(values: Record<string, string>): Promise<string>;
  press(
    as: string,
    reference: string,
    actionId: string,
    values?: Record<string, string>,
  ): Promise<{ privateText?: string }>;
  close(): Promise<void>;
}

/** The planted-value scenario: report, escalate with a reason, a note, the details view (allowed and refused). */
async function plantedScenario(driver: Driver): Promise<string> {
  const reference = await driver.report(VALID_REPORT);
  expect(reference).toMatch(/^OV-\d{4}-\d{4}$/);
  await driver.press(PEOPLE.wmo, reference, "case.escalate", { reason: REASON });
  await driver.press(PEOPLE.care, reference, "case.add_note", { note: NOTE });
  const details = await driver.press(PEOPLE.wmo, reference, "case.details");
  expect(details.privateText).toContain(PLANTED.resident_name);
  expect(details.privateText).toContain(NOTE);
  await driver.press(PEOPLE.stranger, reference, "case.details");
  return reference;
}

/**
 * What reaches the process's stdout and stderr (and the console) past the logger: an SDK that prints for itself.
 * Kept per test and restored after it.
 */
const printed: string[] = [];
const restore: (() => void)[] = [];
beforeEach(() => {
  printed.length = 0;
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original as typeof stream.write;
    });
  }
  for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      printed.push(args.map((a) => (typeof a === "string" ? a : (JSON.stringify(a) ?? String(a)))).join(" "));
      original(...args);
    };
    restore.push(() => {
      console[level] = original;
    });
  }
});
afterEach(() => {
  while (restore.length) restore.pop()?.();
});

function expectNothingPlanted(written: string, reference: string, sdkMarker: string | null): void {
  expect(written).toContain(reference);
  const outside = printed.join("\n");
  for (const planted of PLANTED_VALUES) expect(outside, `stdout/stderr: ${planted}`).not.toContain(planted);
  // The SDKs' own debug lines were written at all.
  if (sdkMarker) expect(written).toContain('"level":20');
  if (sdkMarker) expect(written).toContain(sdkMarker);
  for (const planted of PLANTED_VALUES) expect(written, planted).not.toContain(planted);
}

const open: Driver[] = [];
afterAll(async () => {
  while (open.length) await must(open.pop(), "open.pop()").close();
});

describe("logs at debug level", () => {
  it("hold no planted value on the console", async () => {
    const { log, written } = capturingLogger();
    const app = await startTestApp({ log });
    const api = consoleClient(app.url);
    const card = async (ref: string) =>
      must((await api.messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(ref)));
    const driver: Driver = {
      async report(values) {
        return (await api.submit(PEOPLE.reporter, "report:overlast", values)).body.caseRef;
      },
      async press(as, reference, actionId, values) {
        let { body } = await api.action(as, (await card(reference)).id, actionId);
        if (body.form && values) body = (await api.submit(as, body.form.id, values)).body;
        await app.flush();
        return body.view ? { privateText: JSON.stringify(body.view) } : {};
      },
      close: () => app.close(),
    };
    open.push(driver);
    const reference = await plantedScenario(driver);
    expectNothingPlanted(written(), reference, null);
  });

  it("hold no planted value on Slack, Bolt and Web API debug lines included", async () => {
    const { log, written } = capturingLogger();
    const h = await startSlackHarness({ log });
    open.push({ report: async () => "", press: async () => ({}), close: () => h.close() });
    const replyOf = (view: Parsed) => JSON.parse(view.private_metadata).responseUrl.split("/").pop() as string;
    const driver: Driver = {
      async report(values) {
        const view = await h.openModal(PEOPLE.reporter);
        const { since } = await h.submit(PEOPLE.reporter, view, values);
        const reply = await h.waitForReply(since, replyOf(view));
        await h.app.flush();
        return /OV-\d{4}-\d{4}/.exec(reply.body.text)?.[0] ?? "";
      },
      async press(as, reference, actionId, values) {
        const outcome = await h.press(as, reference, actionId);
        if (outcome.method !== "views.open") return {};
        const view = outcome.body.view;
        if (view.callback_id === "schakel_details") return { privateText: JSON.stringify(view) };
        if (values) await h.waitForReply((await h.submit(as, view, values)).since, replyOf(view));
        await h.app.flush();
        return {};
      },
      close: () => h.close(),
    };
    const reference = await plantedScenario(driver);
    expectNothingPlanted(written(), reference, '"sdk":"bolt"');
  });

  it("hold no planted value on Teams, the Teams SDK's debug lines included", async () => {
    const { log, written } = capturingLogger();
    const teams = teamsDriver(await startTeamsHarness({ log }));
    await teams.installEverywhere([...new Set(Object.values(PEOPLE))]);
    const driver: Driver = {
      async report(values) {
        const result = await teams.submitReport(PEOPLE.reporter, values);
        return result.ok ? result.reference : "";
      },
      press: (as, reference, actionId, values) => teams.press(as, reference, actionId, values),
      close: () => teams.close(),
    };
    open.push(driver);
    const reference = await plantedScenario(driver);
    expectNothingPlanted(written(), reference, '"source":"teams');
  });
});
