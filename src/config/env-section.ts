// Reads one platform's settings from the environment: absent when none of its variables is set, a clear
// English error listing every problem when some are wrong.
import type { z } from "zod";

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
    const problems = parsed.error.issues
      .map((i) => `  - ${i.path.join(".") || name.toUpperCase()}: ${i.message}`)
      .join("\n");
    throw new Error(`Invalid ${name} configuration:\n${problems}`);
  }
  return parsed.data;
}
