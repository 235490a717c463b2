// One error type for everything a person can be told: a code, a message key for them, and a log line for us.
import type { Message, MessageKey, MessageParams, NoParams, ParamsOf } from "../i18n/messages.ts";

export type AppErrorCode =
  | "not_allowed"
  | "unknown_person"
  | "not_found"
  | "invalid_state"
  | "invalid_input"
  | "conflict"
  | "internal";

/** What follows the key: its sentence's parameters (checked against its Dutch text, so a missing or misspelt one
 *  fails `tsc`; optional when it has none), an English log line, and per-field problems of a form. */
type AppErrorDetails<K extends MessageKey> =
  NoParams extends ParamsOf<K>
    ? [params?: ParamsOf<K>, logMessage?: string, fieldErrors?: Record<string, Message>]
    : [params: ParamsOf<K>, logMessage?: string, fieldErrors?: Record<string, Message>];

export class AppError<K extends MessageKey = MessageKey> extends Error {
  /** The parameters of `messageKey`'s sentence, checked by the constructor's type. */
  readonly params: MessageParams;
  /** Per-field problems of a form, shown next to the fields. */
  readonly fieldErrors?: Record<string, Message>;

  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: K,
    /** The log line is English, for us; never shown to the person. */
    ...[params, logMessage, fieldErrors]: AppErrorDetails<K>
  ) {
    super(logMessage ?? `${code}: ${messageKey}`);
    this.name = "AppError";
    this.params = params ?? {};
    if (fieldErrors) this.fieldErrors = fieldErrors;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** A required free-text answer (a reason, a note), trimmed and bounded. */
export function requireText(value: unknown, fieldId: string, max = 2000): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text)
    throw new AppError("invalid_input", "form.required", {}, `missing ${fieldId}`, {
      [fieldId]: { key: "form.required" },
    });
  if (text.length > max)
    throw new AppError("invalid_input", "form.too_long", { max }, `${fieldId} too long`, {
      [fieldId]: { key: "form.too_long", params: { max } },
    });
  return text;
}
