// Master key rotation without downtime: rewraps every case key (and the fingerprint key) still wrapped by an
// older master key, and re-seals data of the first format (sealed with the master key itself) under case keys.
// Each row changes on its own, guarded by its old value, so running instances keep working throughout.
import { required } from "../../domain/required.ts";
import type { Db } from "../prisma/client.ts";
import { caseBox, openLegacy } from "../sealer.ts";
import { decryptText, encryptText } from "./aes-gcm.ts";
import { FINGERPRINT_LABEL, FINGERPRINT_SETTING } from "./fingerprint-key.ts";
import { caseKeyLabel, newCaseKey, unwrapKey, wrapKey, type MasterKeyring, type WrappedKey } from "./master-keyring.ts";

export interface KeyStatus {
  current: string;
  caseKeysPerMasterKey: Record<string, number>;
  legacySealed: number;
  /** Platform installations (Slack bot tokens) still sealed with an older master key. */
  installationsOnOldKey: number;
}
export interface RotationResult {
  rewrapped: number;
  resealed: number;
  installations: number;
  status: KeyStatus;
}

const rewrap = (keyring: MasterKeyring, key: WrappedKey, label: string) =>
  wrapKey(keyring, unwrapKey(keyring, key, label).export(), label);

async function rewrapCaseKeys(db: Db, keyring: MasterKeyring): Promise<number> {
  let count = 0;
  for (;;) {
    const batch = await db.caseKey.findMany({ where: { masterKeyId: { not: keyring.current.id } }, take: 200 });
    for (const row of batch) {
      const next = rewrap(keyring, row, caseKeyLabel(row.caseId));
      count += (await db.caseKey.updateMany({ where: { caseId: row.caseId, wrapped: row.wrapped }, data: next })).count;
    }
    if (batch.length < 200) return count;
  }
}

async function rewrapFingerprintKey(db: Db, keyring: MasterKeyring): Promise<void> {
  const stored = await db.setting.findUnique({ where: { key: FINGERPRINT_SETTING } });
  if (!stored || (JSON.parse(stored.value) as WrappedKey).masterKeyId === keyring.current.id) return;
  const value = JSON.stringify(rewrap(keyring, JSON.parse(stored.value), FINGERPRINT_LABEL));
  await db.setting.updateMany({ where: { key: FINGERPRINT_SETTING, value: stored.value }, data: { value } });
}

async function caseKeyFor(db: Db, keyring: MasterKeyring, caseId: string) {
  const select = { wrapped: true, masterKeyId: true };
  let key: WrappedKey | null = await db.caseKey.findUnique({ where: { caseId }, select });
  if (!key) {
    key = newCaseKey(keyring, caseId);
    await db.caseKey.create({ data: { caseId, ...key, createdAt: new Date() } });
  }
  return caseBox(keyring, caseId, unwrapKey(keyring, key, caseKeyLabel(caseId)));
}

/** Re-seals first-format data (sealed with the master key) under each case's own key. */
async function resealLegacy(db: Db, keyring: MasterKeyring): Promise<number> {
  let count = 0;
  const legacy = { startsWith: "v1." };
  const reseal = async (caseId: string, old: string) =>
    (await caseKeyFor(db, keyring, caseId)).seal(JSON.parse(openLegacy(keyring, old).toString("utf8")));
  const details = await db.residentDetails.findMany({
    where: { sealed: legacy },
    select: { caseId: true, sealed: true },
  });
  for (const row of details) {
    const sealed = await reseal(row.caseId, row.sealed);
    count += (await db.residentDetails.updateMany({ where: { ...row }, data: { sealed } })).count;
  }
  const events = await db.caseEvent.findMany({
    where: { sealed: legacy },
    select: { id: true, caseId: true, sealed: true },
  });
  for (const row of events) {
    const sealed = await reseal(row.caseId, required(row.sealed, "a sealed event selected by its sealed value"));
    count += (await db.caseEvent.updateMany({ where: { id: row.id, sealed: row.sealed }, data: { sealed } })).count;
  }
  return count;
}

/** Platform secrets belong to no case: they stay sealed with the master key itself, so they follow it. */
const opensWithCurrent = (keyring: MasterKeyring, sealed: string) => {
  try {
    decryptText("v1", keyring.current.key, sealed, null);
    return true;
  } catch {
    return false;
  }
};

async function installationsOnOldKey(db: Db, keyring: MasterKeyring) {
  const rows = await db.platformInstallation.findMany({ select: { platform: true, key: true, sealed: true } });
  return rows.filter((row) => !opensWithCurrent(keyring, row.sealed));
}

async function resealInstallations(db: Db, keyring: MasterKeyring): Promise<number> {
  let count = 0;
  for (const row of await installationsOnOldKey(db, keyring)) {
    const sealed = encryptText("v1", keyring.current.key, openLegacy(keyring, row.sealed), "");
    count += (await db.platformInstallation.updateMany({ where: { ...row }, data: { sealed } })).count;
  }
  return count;
}

export async function keyStatus(db: Db, keyring: MasterKeyring): Promise<KeyStatus> {
  const groups = await db.caseKey.groupBy({ by: ["masterKeyId"], _count: { _all: true } });
  const legacy = { sealed: { startsWith: "v1." } };
  const legacySealed =
    (await db.residentDetails.count({ where: legacy })) + (await db.caseEvent.count({ where: legacy }));
  const caseKeysPerMasterKey = Object.fromEntries(groups.map((g) => [g.masterKeyId, g._count._all]));
  const installations = (await installationsOnOldKey(db, keyring)).length;
  return { current: keyring.current.id, caseKeysPerMasterKey, legacySealed, installationsOnOldKey: installations };
}

export async function rotateKeys(db: Db, keyring: MasterKeyring, sqlite: boolean): Promise<RotationResult> {
  const resealed = await resealLegacy(db, keyring);
  const rewrapped = await rewrapCaseKeys(db, keyring);
  await rewrapFingerprintKey(db, keyring);
  const installations = await resealInstallations(db, keyring);
  // Rewrites the file, so old copies in free pages (from before secure_delete was on) are gone too.
  if (sqlite && resealed + installations > 0) await db.$executeRawUnsafe("VACUUM");
  return { rewrapped, resealed, installations, status: await keyStatus(db, keyring) };
}
