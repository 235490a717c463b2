// The private view of a case ("Bekijk gegevens") as a neutral card: personal fields with Dutch dates, the
// legal basis, and each note, reason, advice and evaluation as its own labelled entry, text on its own lines.
import { DateTime } from "luxon";
import type { CaseDetails, DetailsEntry } from "./view-models/case-details.ts";
import { t, type Locale, type MessageKey } from "../i18n/messages.ts";
import type { Card, CardField } from "./card.ts";
import { viewLogField } from "./view-log-text.ts";

const ENTRY_LABELS: Record<string, MessageKey> = {
  "note.added": "view.entry.note",
  "step.completed": "view.entry.step_completed",
  "case.escalated": "view.entry.escalated",
  "case.deescalated": "view.entry.deescalated",
  "case.closed": "view.entry.closed",
  "case.reopened": "view.entry.reopened",
  "advice.given": "view.entry.advice",
  "evaluation.recorded": "view.entry.evaluation",
  "trial.extended": "view.entry.trial_extended",
};

const luxonLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "nl");

/** "vr 20 nov 2026" for a yyyy-mm-dd day; anything else is shown as typed. */
export function formatDay(iso: string, locale: Locale): string {
  const day = DateTime.fromISO(iso, { zone: "utc" });
  return day.isValid ? day.setLocale(luxonLocale(locale)).toFormat("ccc d LLL yyyy") : iso;
}

/** "ma 23 nov 2026 10:00" in the region's time zone. */
export function formatMoment(at: Date, zone: string, locale: Locale): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(luxonLocale(locale)).toFormat("ccc d LLL yyyy HH:mm");
}

function entryField(entry: DetailsEntry, zone: string, locale: Locale): CardField {
  const labelKey = ENTRY_LABELS[entry.type];
  const label = labelKey ? t(locale, labelKey) : entry.type;
  const lines = [[formatMoment(entry.at, zone, locale), entry.organisation].filter(Boolean).join(" · ")];
  if (entry.step && entry.type === "step.completed") lines.push(t(locale, "view.entry.step", { step: entry.step }));
  if (entry.advice) lines.push(t(locale, "view.entry.advice_value", { advice: adviceLabel(entry.advice, locale) }));
  if (entry.outcome && entry.type === "evaluation.recorded") lines.push(evaluationLine(entry, entry.outcome, locale));
  if (entry.text) lines.push(...entry.text.split(/\r?\n/));
  return { label, value: lines.join("\n") };
}

function adviceLabel(advice: string, locale: Locale): string {
  const key = `advice.${advice}` as MessageKey;
  return ["agree", "agree_with_conditions", "disagree"].includes(advice) ? t(locale, key) : advice;
}

function evaluationLine(entry: DetailsEntry, outcomeId: string, locale: Locale): string {
  const known = ["on_track", "yellow_card", "red_card"].includes(outcomeId);
  const outcome = known ? t(locale, `evaluation.${outcomeId}` as MessageKey) : outcomeId;
  return t(locale, "view.entry.evaluation_value", { number: entry.moment ?? "?", outcome });
}

export function renderDetailsView(d: CaseDetails, zone: string, locale: Locale): Card {
  const fields: CardField[] = d.fields.map((f) => ({
    label: f.label,
    value: f.isDate ? formatDay(f.value, locale) : f.value,
  }));
  fields.push({ label: t(locale, "view.legal_basis"), value: d.legalBasis || "—" });
  fields.push(...d.notes.map((n) => entryField(n, zone, locale)));
  for (const text of d.texts ?? [])
    fields.push({ label: t(locale, "view.text", { label: text.label }), value: text.body });
  fields.push(viewLogField(d.viewLog, zone, locale));
  const title = t(locale, "view.title", { reference: d.reference });
  return { title, fields, actions: [], footer: t(locale, "view.footer") };
}
