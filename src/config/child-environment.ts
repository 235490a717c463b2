// The environment handed on to a child process (the Prisma CLI, the Teams Playground): Schakel's own environment,
// passed through unread, plus the variables the child needs. Settings are read in src/settings.ts, never here.
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
