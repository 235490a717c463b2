// Reads a SQLite database the way an attacker with the disk would: every byte of the file and its journals,
// every sealed value and wrapped key found in them, opened with every key the system still holds.
import { existsSync, readFileSync } from "node:fs";
import type { KeyObject } from "node:crypto";
import { decryptText } from "../../src/infra/keys/aes-gcm.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { caseKeyLabel, unwrapKey, type MasterKeyring } from "../../src/infra/keys/master-keyring.ts";

const B64 = "[A-Za-z0-9+/]+={0,2}";
const SEALED = new RegExp(`(v1|v2|k1)\\.(${B64})\\.(${B64})\\.(${B64}|)`, "g");

/** The raw bytes of the database and whatever journal files lie beside it. */
export function rawDatabaseBytes(file: string): string {
  return ["", "-wal", "-journal"]
    .filter((s) => existsSync(file + s))
    .map((s) => readFileSync(file + s).toString("latin1"))
    .join("\n");
}

/**
 * Every sealed value in the bytes. The last part may run on into the next column (SQLite stores a row's values
 * back to back: "…body==" ends clearly, "…bodypublic_task" does not), so each match is also tried with its body
 * cut back to each earlier whole base64 length, up to 32 characters.
 */
export function sealedTexts(raw: string): string[] {
  const found = new Set<string>();
  for (const [match, version, iv, tag, body = ""] of raw.matchAll(SEALED)) {
    found.add(match);
    for (let cut = body.length - (body.length % 4); cut >= Math.max(0, body.length - 32); cut -= 4)
      found.add(`${version}.${iv}.${tag}.${body.slice(0, cut)}`);
  }
  return [...found];
}

/** Every case key a holder of the master key can get: the stored ones, and any wrapped key left in the bytes. */
export async function reachableKeys(
  file: string,
  keyring: MasterKeyring,
  raw: string,
): Promise<{ caseIds: string[]; keys: KeyObject[] }> {
  return reachableKeysOf(await createPrismaClient(`file:${file}`), keyring, raw);
}

/** The same for any database (PostgreSQL too): the client is closed afterwards. */
export async function reachableKeysOf(
  db: Awaited<ReturnType<typeof createPrismaClient>>,
  keyring: MasterKeyring,
  raw: string,
): Promise<{ caseIds: string[]; keys: KeyObject[] }> {
  const caseIds = (await db.case.findMany({ select: { id: true } })).map((r) => r.id);
  const stored = await db.caseKey.findMany();
  await db.$disconnect();
  const keys = stored.map((k) => unwrapKey(keyring, k, caseKeyLabel(k.caseId)));
  for (const wrapped of sealedTexts(raw).filter((t) => t.startsWith("k1."))) {
    for (const caseId of caseIds) {
      for (const master of keyring.all) {
        try {
          keys.push(unwrapKey(keyring, { wrapped, masterKeyId: master.id }, caseKeyLabel(caseId)));
        } catch {
          /* not this one */
        }
      }
    }
  }
  return { caseIds, keys: [...keys, ...keyring.all.map((m) => m.key)] };
}

/** The plaintext of every sealed value in the bytes that opens with one of the keys. */
export function openEverything(raw: string, keys: KeyObject[], caseIds: string[]): string[] {
  const opened: string[] = [];
  for (const sealed of sealedTexts(raw).filter((t) => !t.startsWith("k1."))) {
    const version = sealed.slice(0, 2);
    const labels = version === "v1" ? [null] : caseIds.map((id) => `schakel:case:${id}`);
    for (const key of keys) {
      for (const label of labels) {
        try {
          opened.push(decryptText(version, key, sealed, label).toString("utf8"));
        } catch {
          /* wrong key */
        }
      }
    }
  }
  return opened;
}
