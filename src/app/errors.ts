// One error type for everything a person can be told: a code, a message key for them, and a log line for us.
import type { Message, MessageKey, MessageParams } from "../i18n/messages.ts";

export type AppErrorCode =
  | "not_allowed"
  | "unknown_person"
  | "not_found"
  | "invalid_state"
  | "invalid_input"
  | "conflict"
  | "internal";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    /** English, for the log; never shown to the person. */
    logMessage?: string,
    /** Per-field problems of a form, shown next to the fields. */
    readonly fieldErrors?: Record<string, Message>,
  ) {
    super(logMessage ?? `${code}: ${messageKey}`);
    this.name = "AppError";
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
