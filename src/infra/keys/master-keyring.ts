// The master keys: the current one wraps case keys; previous ones (during a rotation) still unwrap them.
// A case key is wrapped with AES-256-GCM under the master key, bound to its case id.
import { createHmac, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { decryptText, encryptText } from "./aes-gcm.ts";

export interface MasterKey {
  id: string;
  key: KeyObject;
}
export interface MasterKeyring {
  current: MasterKey;
  all: MasterKey[];
  /** Reads the keys again (key files): a running instance learns a rotated key without a restart. */
  refresh?: () => void;
}
export interface WrappedKey {
  wrapped: string;
  masterKeyId: string;
}

const WRAP_VERSION = "k1";

/** A short, public name for a master key (which key wrapped a case key), never the key itself. */
export function masterKeyId(raw: Buffer): string {
  return createHmac("sha256", raw).update("schakel:master-key-id").digest("hex").slice(0, 16);
}

function toMasterKey(raw: Buffer, what: string): MasterKey {
  if (raw.length !== 32) throw new Error(`${what} must be 32 bytes (base64 of 32 random bytes)`);
  return { id: masterKeyId(raw), key: createSecretKey(raw) };
}

export function createMasterKeyring(current: Buffer, previous: Buffer[] = []): MasterKeyring {
  const now = toMasterKey(current, "SCHAKEL_DATA_KEY");
  const old = previous.map((raw) => toMasterKey(raw, "SCHAKEL_DATA_KEY_PREVIOUS")).filter((k) => k.id !== now.id);
  return { current: now, all: [now, ...old] };
}

/** A keyring that reloads its keys when it meets a key it does not know (the key-file mode). */
export function createReloadingKeyring(load: () => { current: Buffer; previous: Buffer[] }): MasterKeyring {
  const first = load();
  const keyring: MasterKeyring = { ...createMasterKeyring(first.current, first.previous) };
  keyring.refresh = () => {
    const keys = load();
    Object.assign(keyring, createMasterKeyring(keys.current, keys.previous));
  };
  return keyring;
}

export function wrapKey(keyring: MasterKeyring, raw: Buffer, label: string): WrappedKey {
  return { wrapped: encryptText(WRAP_VERSION, keyring.current.key, raw, label), masterKeyId: keyring.current.id };
}

/** Unwraps with the master key that wrapped it; a retired master key means the key is gone. */
export function unwrapKey(keyring: MasterKeyring, key: WrappedKey, label: string): KeyObject {
  let master = keyring.all.find((k) => k.id === key.masterKeyId);
  if (!master && keyring.refresh) {
    keyring.refresh();
    master = keyring.all.find((k) => k.id === key.masterKeyId);
  }
  if (!master) throw new Error(`no master key ${key.masterKeyId} to unwrap a data key (retired too early?)`);
  return createSecretKey(decryptText(WRAP_VERSION, master.key, key.wrapped, label));
}

export const caseKeyLabel = (caseId: string) => `schakel:case-key:${caseId}`;

export function newCaseKey(keyring: MasterKeyring, caseId: string): WrappedKey {
  return wrapKey(keyring, randomBytes(32), caseKeyLabel(caseId));
}
