// The master key that wraps every case's data key: from SCHAKEL_DATA_KEY, or (embedded default) a key file
// beside the database (0600). During a rotation the previous key still unwraps (SCHAKEL_DATA_KEY_PREVIOUS or
// the file schakel.key.previous); see docs/privacy.md.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMasterKeyring, createReloadingKeyring, type MasterKeyring } from "./keys/master-keyring.ts";
import { ensurePrivateFolder } from "./private-files.ts";

export interface MasterKeys {
  current: Buffer;
  previous: Buffer[];
}

const decode = (list: string) =>
  list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((k) => Buffer.from(k, "base64"));

/** The key file of an embedded (SQLite) database: `schakel.key` beside it. */
export function keyFileOf(databaseUrl: string): string {
  return path.join(path.dirname(databaseUrl.slice("file:".length)), "schakel.key");
}

export function loadMasterKeys(
  configured: string | undefined,
  previous: string | undefined,
  databaseUrl: string,
): MasterKeys {
  if (configured) return { current: Buffer.from(configured, "base64"), previous: decode(previous ?? "") };
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(
      "SCHAKEL_DATA_KEY is required with PostgreSQL: every instance must encrypt with the same key (base64 of 32 random bytes)",
    );
  }
  const file = keyFileOf(databaseUrl);
  const old = existsSync(`${file}.previous`) ? decode(readFileSync(`${file}.previous`, "utf8")) : [];
  const others = [...decode(previous ?? ""), ...old];
  if (existsSync(file)) {
    chmodSync(file, 0o600); // a key file copied in by hand is made private too
    return { current: Buffer.from(readFileSync(file, "utf8").trim(), "base64"), previous: others };
  }
  ensurePrivateFolder(path.dirname(file));
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64"), { mode: 0o600 });
  return { current: key, previous: others };
}

/** The keyring of a configuration; with key files it re-reads them when a rotation brings a key it does not know. */
export interface KeyConfig {
  dataKey?: string | undefined;
  dataKeyPrevious?: string | undefined;
  databaseUrl: string;
}

export function loadMasterKeyring(config: KeyConfig): MasterKeyring {
  const load = () => loadMasterKeys(config.dataKey, config.dataKeyPrevious, config.databaseUrl);
  if (config.dataKey) return createMasterKeyring(load().current, load().previous);
  return createReloadingKeyring(load);
}

/** Key-file mode: the current key moves to schakel.key.previous and a new one becomes current (both 0600). */
export function startNewKeyFile(databaseUrl: string): void {
  const file = keyFileOf(databaseUrl);
  const old = readFileSync(file, "utf8").trim();
  const kept = existsSync(`${file}.previous`) ? readFileSync(`${file}.previous`, "utf8").trim() : "";
  writeFileSync(`${file}.previous`, [old, kept].filter(Boolean).join("\n"), { mode: 0o600 });
  writeFileSync(`${file}.new`, randomBytes(32).toString("base64"), { mode: 0o600 });
  renameSync(`${file}.new`, file);
}
