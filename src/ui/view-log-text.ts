// The view log as readable lines ("ma 23 nov 2026 10:00 · Anouk Jansen (Woonhaven) opende de gegevens"), the same
// on the private view, /schakel status and every platform.
import type { ViewLogEntry } from "./view-models/case-details.ts";
import { t, type Locale, type MessageKey } from "../i18n/messages.ts";
import type { CardField } from "./card.ts";
import { formatMoment } from "./details-view.ts";

export function viewLogLines(entries: readonly ViewLogEntry[], zone: string, locale: Locale): string[] {
  return entries.map((e) =>
    t(locale, "viewlog.line", {
      at: formatMoment(e.at, zone, locale),
      name: e.name,
      organisation: e.organisation,
      what: t(locale, `viewlog.${e.type}` as MessageKey),
    }),
  );
}

/** One card field with the whole log, one entry a line. */
export function viewLogField(entries: readonly ViewLogEntry[], zone: string, locale: Locale): CardField {
  const lines = viewLogLines(entries, zone, locale);
  return { label: t(locale, "viewlog.title"), value: lines.length ? lines.join("\n") : t(locale, "viewlog.empty") };
}
