// Files with personal data (the SQLite database, the key file) are created readable by the owner only:
// the folder 0700 when Schakel creates it, the files 0600 from their first byte.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

export function ensurePrivateFolder(folder: string): void {
  // An existing folder (e.g. /tmp) is not ours to change; only one we create gets 0700.
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
}

/** Creates an empty file 0600 (an empty file is a valid empty SQLite database) or tightens an existing one. */
export function ensurePrivateFile(file: string): void {
  ensurePrivateFolder(path.dirname(file));
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
}

/** The SQLite file of a file: URL, or null for PostgreSQL and in-memory databases. */
export function sqliteFile(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith("file:")) return null;
  const file = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  return file && file !== ":memory:" ? file : null;
}
