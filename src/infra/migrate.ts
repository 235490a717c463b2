// Applies the checked-in migrations before start: SQLite with Prisma's own CLI (`prisma migrate deploy`, spawned
// only when a migration is missing), PostgreSQL with the same SQL applied in order (see migrate-postgres.ts).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { childEnvironment } from "../config/child-environment.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { migratePostgres } from "./migrate-postgres.ts";
import { ensurePrivateFile, sqliteFile } from "./private-files.ts";

const run = promisify(execFile);

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** True when the SQLite file records every checked-in migration as applied (then the CLI has nothing to do). */
async function sqliteIsCurrent(databaseUrl: string): Promise<boolean> {
  if (!databaseUrl.startsWith("file:") || !existsSync(path.resolve(root, databaseUrl.slice(5)))) return false;
  const names = readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return names.every((name) => applied.has(name));
  } catch {
    return false; // no migrations table yet: a new database
  } finally {
    await db.$disconnect();
  }
}

/** Brings the database up to date; "current" when there was nothing to apply (no CLI spawned for SQLite). */
export async function migrateDatabase(databaseUrl: string): Promise<"current" | "migrated"> {
  if (isPostgresUrl(databaseUrl)) {
    const applied = await migratePostgres(databaseUrl, path.join(root, "prisma", "postgres", "migrations"));
    return applied.length ? "migrated" : "current";
  }
  if (await sqliteIsCurrent(databaseUrl)) return "current";
  // Created here, 0600 in a 0700 folder, before the migration tool would create it world-readable.
  const file = sqliteFile(databaseUrl);
  if (file) ensurePrivateFile(path.resolve(root, file));
  const cli = path.join(root, "node_modules", ".bin", "prisma");
  try {
    await run(cli, ["migrate", "deploy"], { cwd: root, env: childEnvironment({ DATABASE_URL: databaseUrl }) });
  } catch (error) {
    const detail =
      (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout || String(error);
    throw new Error(`Database migration failed for ${databaseUrl}:\n${detail}`);
  }
  return "migrated";
}
