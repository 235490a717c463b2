// The key that encrypts personal data: from SCHAKEL_DATA_KEY, or (embedded default) a key file beside the database.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function loadDataKey(configured: string | undefined, databaseUrl: string): Buffer {
  if (configured) return Buffer.from(configured, "base64");
  if (!databaseUrl.startsWith("file:")) {
    throw new Error("SCHAKEL_DATA_KEY is required with PostgreSQL: every instance must encrypt with the same key (base64 of 32 random bytes)");
  }
  const file = path.join(path.dirname(databaseUrl.slice("file:".length)), "schakel.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64"), { mode: 0o600 });
  return key;
}
