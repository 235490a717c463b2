// The platforms' brand names as people read them in a sentence (the same in every language).
import type { Platform } from "./ports.ts";

const NAMES: Record<Platform, string> = { slack: "Slack", teams: "Teams", local: "local" };

export const platformName = (platform: Platform): string => NAMES[platform];
