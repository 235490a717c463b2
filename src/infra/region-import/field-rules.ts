// What a single cell may hold: ids, e-mail addresses, a language and a platform, read tolerantly
// ("Nederlands" is nl, "Teams" is teams) and turned into the values of the region file.
import type { LOCALES, PLATFORMS } from "./region-document.ts";
import { normaliseName } from "./normalise-name.ts";

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TYPE_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
// Deliberately plain: one @, no spaces, a dot in the domain. The mail server is the real test.
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const LOCALE_WORDS: Record<string, (typeof LOCALES)[number]> = {
  nl: "nl",
  nederlands: "nl",
  dutch: "nl",
  en: "en",
  engels: "en",
  english: "en",
};
const PLATFORM_WORDS: Record<string, (typeof PLATFORMS)[number]> = {
  console: "console",
  web: "console",
  webconsole: "console",
  slack: "slack",
  teams: "teams",
  microsoftteams: "teams",
};

/** undefined for an empty cell, null for a value that is not a known language. */
export function parseLocale(value: string): (typeof LOCALES)[number] | undefined | null {
  return value === "" ? undefined : (LOCALE_WORDS[normaliseName(value)] ?? null);
}

/** undefined for an empty cell, null for a value that is not a known platform. */
export function parsePlatform(value: string): (typeof PLATFORMS)[number] | undefined | null {
  return value === "" ? undefined : (PLATFORM_WORDS[normaliseName(value)] ?? null);
}
