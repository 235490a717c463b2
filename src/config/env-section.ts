// Reads one platform's settings from the environment: absent when none of its variables is set, a clear
// English error listing every problem when some are wrong.
import type { z } from "zod";
import { invalidSettings, issueLines } from "./zod-issues.ts";

export function parseEnvSection<S extends z.ZodType>(
  env: NodeJS.ProcessEnv,
  variables: readonly string[],
  schema: S,
  name: string,
): z.infer<S> | null {
  const present = Object.fromEntries(
    variables.filter((k) => env[k] !== undefined && env[k] !== "").map((k) => [k, env[k]]),
  );
  if (Object.keys(present).length === 0) return null;
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw invalidSettings(`${name} configuration`, issueLines(parsed.error.issues, { whole: name.toUpperCase() }));
  }
  return parsed.data;
}
