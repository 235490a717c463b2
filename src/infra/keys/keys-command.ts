// `npm run keys -- <generate|status|rotate [--new]|retire>`: the master key's life cycle (see docs/privacy.md).
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import type { Config } from "../../config/config.ts";
import { keyFileOf, loadMasterKeyring, startNewKeyFile } from "../data-key.ts";
import { migrateDatabase } from "../migrate.ts";
import { createPrismaClient } from "../prisma/client.ts";
import { keyStatus, rotateKeys, type KeyStatus } from "./rotate-keys.ts";

type KeysConfig = Pick<Config, "databaseUrl" | "dataKey" | "dataKeyPrevious">;
const USAGE = "Usage: npm run keys -- generate | status | rotate [--new] | retire";

const describe = (s: KeyStatus) =>
  `current master key ${s.current}; case keys per master key: ${JSON.stringify(s.caseKeysPerMasterKey)}; ` +
  `values still sealed with the master key itself: ${s.legacySealed}; ` +
  `platform installations under an older master key: ${s.installationsOnOldKey}`;
const settled = (s: KeyStatus) =>
  s.legacySealed === 0 &&
  s.installationsOnOldKey === 0 &&
  Object.keys(s.caseKeysPerMasterKey).every((id) => id === s.current);

/** Runs one keys command; returns the exit code. `migrate: false` when the database is known to be current. */
export async function runKeysCommand(
  config: KeysConfig,
  args: string[],
  print: (line: string) => void,
  migrate = true,
): Promise<number> {
  const [command, flag] = args;
  if (command === "generate") {
    print(randomBytes(32).toString("base64"));
    return 0;
  }
  if (!["status", "rotate", "retire"].includes(command ?? "")) {
    print(USAGE);
    return 2;
  }
  const keyFile = !config.dataKey && config.databaseUrl.startsWith("file:");
  if (flag === "--new" && !keyFile) {
    print(
      "With SCHAKEL_DATA_KEY set, put the new key there and the old one in SCHAKEL_DATA_KEY_PREVIOUS, " +
        "then run rotate.",
    );
    return 2;
  }
  if (migrate) await migrateDatabase(config.databaseUrl);
  if (command === "rotate" && flag === "--new") startNewKeyFile(config.databaseUrl);
  const keyring = loadMasterKeyring(config);
  const db = await createPrismaClient(config.databaseUrl);
  try {
    if (command === "rotate") {
      const result = await rotateKeys(db, keyring, config.databaseUrl.startsWith("file:"));
      const { rewrapped, resealed, installations } = result;
      print(
        `Rewrapped ${rewrapped} case keys, re-sealed ${resealed} values and ${installations} platform installations; ` +
          `${describe(result.status)}.`,
      );
      return 0;
    }
    const status = await keyStatus(db, keyring);
    print(`${describe(status)}.`);
    if (command === "status") return 0;
    if (!settled(status)) {
      print("Not retiring: run `npm run keys -- rotate` first (on an instance that has every key).");
      return 1;
    }
    const previousFile = `${keyFileOf(config.databaseUrl)}.previous`;
    if (keyFile && existsSync(previousFile)) rmSync(previousFile);
    print(
      keyFile
        ? "The previous key file is deleted."
        : "Nothing needs the previous key any more: remove SCHAKEL_DATA_KEY_PREVIOUS.",
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}
