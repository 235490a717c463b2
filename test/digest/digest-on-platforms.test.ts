// The weekly digest as Slack and Teams receive it: within Block Kit's limits and a valid Adaptive Card 1.5.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeeklyDigest } from "../../src/app/build-weekly-digest.ts";
import { renderMessageBlocks } from "../../src/adapters/slack/render-card-slack.ts";
import { renderInfoCardTeams } from "../../src/adapters/teams/render-card-teams.ts";
import { renderDigestCard } from "../../src/ui/digest-card.ts";
import { blockKitViolations } from "../adapters/slack/block-kit-checker.ts";
import { adaptiveCardProblems } from "../adapters/teams/adaptive-card-checker.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { amsterdam, seedMonth } from "./seeded-month.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedMonth(app);
});
afterAll(async () => app?.close());

describe("the digest on every platform", () => {
  it("fits Slack's Block Kit limits and is a valid Adaptive Card", async () => {
    const report = await buildWeeklyDigest({
      ctx: app.ctx,
      regionId: "wbw",
      at: amsterdam("2026-11-23T08:30"),
      link: "https://schakel.example.nl/digest",
    });
    const card = renderDigestCard(report, "nl");
    expect(card.fields.length).toBeGreaterThan(2);
    const blocks = renderMessageBlocks(card.title, card, undefined, (n) => `nog ${n}`);
    expect(blockKitViolations({ channel: "C1", text: card.title, blocks }, "message")).toEqual([]);
    expect(adaptiveCardProblems(renderInfoCardTeams(card) as unknown as Record<string, unknown>)).toEqual([]);
  });
});
