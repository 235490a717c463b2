// The key of the household fingerprint (HMAC), stored wrapped by the master key so a master key rotation
// keeps every fingerprint. The first time it is the key the fingerprints were always made with.
import { required } from "../../domain/required.ts";
import { createHmac, type KeyObject } from "node:crypto";
import type { Db } from "../prisma/client.ts";
import { unwrapKey, wrapKey, type MasterKeyring } from "./master-keyring.ts";

export const FINGERPRINT_SETTING = "keys.fingerprint";
export const FINGERPRINT_LABEL = "schakel:fingerprint-key";

export async function loadFingerprintKey(db: Db, keyring: MasterKeyring): Promise<KeyObject> {
  const stored = await db.setting.findUnique({ where: { key: FINGERPRINT_SETTING } });
  if (stored) return unwrapKey(keyring, JSON.parse(stored.value), FINGERPRINT_LABEL);
  const raw = createHmac("sha256", keyring.current.key.export()).update("schakel:household-fingerprint").digest();
  const value = JSON.stringify(wrapKey(keyring, raw, FINGERPRINT_LABEL));
  const where = { key: FINGERPRINT_SETTING };
  await db.setting.upsert({ where, create: { ...where, value }, update: {} });
  const saved = await db.setting.findUnique({ where: { key: FINGERPRINT_SETTING } });
  return unwrapKey(keyring, JSON.parse(required(saved, "the fingerprint key just stored").value), FINGERPRINT_LABEL);
}
