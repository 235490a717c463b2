// What an interaction returns to an adapter, platform-neutral; each adapter shows it its own way.
import type { Card, ChatMessage, Form } from "../../ui/card.ts";
import { type AppErrorCode, isAppError } from "../errors.ts";
import { type Locale, say, t } from "../../i18n/messages.ts";
import type { Logger, PersonRecord } from "../ports.ts";

/** Why an interaction was refused: an AppError's code, or "stale" (the card moved on since it was shown). */
export type RefusalCode = AppErrorCode | "stale";

export type InteractionResult =
  | { kind: "form"; form: Form }
  | { kind: "message"; message: ChatMessage }
  | { kind: "view"; view: Card }
  | { kind: "done"; text: string; caseRef?: string }
  | { kind: "field_errors"; errors: Record<string, string> }
  | { kind: "error"; code: RefusalCode; error: string; card?: Card };

/** Turns any failure into a Dutch (or English) sentence for the person and an English log line. */
export function failureResult(error: unknown, locale: Locale, log: Logger, context: object): InteractionResult {
  if (isAppError(error)) {
    log.warn({ ...context, code: error.code, detail: error.message }, "interaction refused");
    if (error.fieldErrors) {
      const errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, e]) => [field, say(locale, e)]));
      return { kind: "field_errors", errors };
    }
    return { kind: "error", code: error.code, error: t(locale, error.messageKey, error.params) };
  }
  log.error({ ...context, err: error }, "interaction failed unexpectedly");
  return { kind: "error", code: "internal", error: t(locale, "error.internal") };
}

/** A person who left the region file keeps their history but can no longer act: refused before anything runs. */
export function inactiveRefusal(person: PersonRecord | null, locale: Locale, log: Logger): InteractionResult | null {
  if (!person || person.active) return null;
  log.warn({ personId: person.id }, "a deactivated person tried to act; refused");
  return { kind: "error", code: "not_allowed", error: t(locale, "error.person_inactive") };
}
