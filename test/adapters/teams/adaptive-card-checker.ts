// Validates Adaptive Cards with Microsoft's adaptivecards library (schema 1.5): every parse or validation
// warning is a problem, and so is an Action.Execute whose verb the bot does not handle.
import type { Parsed } from "../../support/parsed.ts";
import { createRequire } from "node:module";
import { HANDLED_VERBS } from "../../../src/adapters/teams/adaptive-card.ts";
import { executeActions } from "./card-text.ts";

const require = createRequire(import.meta.url);
// The package's Node entry expects a DOM; its UMD bundle parses and validates without one.
const AC = require("adaptivecards/dist/adaptivecards.js");

export function adaptiveCardProblems(card: Record<string, Parsed>): string[] {
  const problems: string[] = [];
  if (card.version !== "1.5") problems.push(`version is ${card.version}, not 1.5`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  for (const action of executeActions(card)) {
    if (!HANDLED_VERBS.includes(action.verb))
      problems.push(`Action.Execute verb "${action.verb}" is not handled by the bot`);
  }
  return problems;
}
