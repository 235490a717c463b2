// The message catalogue: every sentence a person reads, in Dutch (default, nl.ts) and English (en.ts).
import { en } from "./en.ts";
import { nl, type MessageKey } from "./nl.ts";

export type { MessageKey };

export type Locale = "nl" | "en";
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[locale][key] ?? nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The raw templates of every key starting with `prefix`, e.g. for a page script that fills them in itself. */
export function templatesUnder(locale: Locale, prefix: string): Record<string, string> {
  const keys = (Object.keys(nl) as MessageKey[]).filter((key) => key.startsWith(prefix));
  return Object.fromEntries(keys.map((key) => [key, catalogues[locale][key] ?? nl[key]]));
}

export function asLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "nl";
}
