// Seals personal data at rest with the case's own key (AES-256-GCM, bound to the case id): destroying that key
// erases every copy (crypto-shredding). Data sealed with the master key itself (format v1) still opens.
import { createHmac, type KeyObject } from "node:crypto";
import type { CaseBox, Sealer, WrappedKey } from "../app/ports.ts";
import { decryptText, encryptText, versionOf } from "./keys/aes-gcm.ts";
import { caseKeyLabel, newCaseKey, unwrapKey, type MasterKeyring } from "./keys/master-keyring.ts";

const CASE_VERSION = "v2";
const LEGACY_VERSION = "v1";
const sealedLabel = (caseId: string) => `schakel:case:${caseId}`;

/** Opens the first format: sealed directly with a master key, without associated data. */
export function openLegacy(keyring: MasterKeyring, sealed: string): Buffer {
  for (const master of keyring.all) {
    try {
      return decryptText(LEGACY_VERSION, master.key, sealed, null);
    } catch {
      // Try the next key: during a rotation old data may be under the previous key.
    }
  }
  throw new Error("sealed value (v1) does not open with any master key");
}

export function caseBox(keyring: MasterKeyring, caseId: string, key: KeyObject | null): CaseBox {
  return {
    seal(value) {
      if (!key) throw new Error(`case ${caseId} has no data key to seal with`);
      return encryptText(CASE_VERSION, key, Buffer.from(JSON.stringify(value), "utf8"), sealedLabel(caseId));
    },
    open<T>(sealed: string): T {
      const version = versionOf(sealed);
      if (version === LEGACY_VERSION) return JSON.parse(openLegacy(keyring, sealed).toString("utf8")) as T;
      if (version !== CASE_VERSION) throw new Error("sealed value has an unknown format");
      if (!key) throw new Error(`case ${caseId} has no data key (erased): its sealed data cannot be opened`);
      return JSON.parse(decryptText(CASE_VERSION, key, sealed, sealedLabel(caseId)).toString("utf8")) as T;
    },
  };
}

export function createSealer(keyring: MasterKeyring, fingerprintKey: KeyObject): Sealer {
  return {
    seal: (value) => encryptText(LEGACY_VERSION, keyring.current.key, Buffer.from(JSON.stringify(value), "utf8"), ""),
    open: <T>(sealed: string) => JSON.parse(openLegacy(keyring, sealed).toString("utf8")) as T,
    fingerprint: (text) => createHmac("sha256", fingerprintKey).update(text).digest("hex"),
    newCaseKey: (caseId) => newCaseKey(keyring, caseId),
    box: (caseId, wrapped: WrappedKey | null) =>
      caseBox(keyring, caseId, wrapped ? unwrapKey(keyring, wrapped, caseKeyLabel(caseId)) : null),
  };
}
