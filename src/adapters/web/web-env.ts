// The production web app's Hono environment: what the session middleware hands to the routes.
import type { Viewer } from "./coordinator-scope.ts";

export type WebEnv = { Variables: { viewer: Viewer } };

/** A path of this site to return to after sign-in; anything else (other hosts, `//x`, `/\x`) becomes "/". */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith("/") || value.startsWith("//")) return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith("/auth/")) return "/";
  return value;
}
