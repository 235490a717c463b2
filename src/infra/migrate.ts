// Applies the checked-in migrations before start: SQLite with Prisma's own CLI (`prisma migrate deploy`),
// PostgreSQL with the same SQL applied in order (see migrate-postgres.ts).
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { migratePostgres } from "./migrate-postgres.ts";

const run = promisify(execFile);

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    await migratePostgres(databaseUrl, path.join(root, "prisma", "postgres", "migrations"));
    return;
  }
  if (databaseUrl.startsWith("file:")) mkdirSync(path.dirname(path.resolve(root, databaseUrl.slice(5))), { recursive: true });
  const cli = path.join(root, "node_modules", ".bin", "prisma");
  try {
    await run(cli, ["migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
  } catch (error) {
    const detail = (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout || String(error);
    throw new Error(`Database migration failed for ${databaseUrl}:\n${detail}`);
  }
}
