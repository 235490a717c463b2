// `npm run avg -- inzage <referentie> --door <persoon-id> --reden "<reden>" [--format json|xlsx] [--out bestand]`:
// the resident's access file (everything about the household), written 0600 for the coordinator who asked.
import { parseArgs } from "node:util";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { loadSettings } from "../src/settings.ts";
import { writeAccessFile } from "../src/infra/export/avg-files.ts";
import { isAppError } from "../src/app/errors.ts";
import { t } from "../src/i18n/messages.ts";

const settings = loadSettings();
const USAGE =
  'Usage: npm run avg -- inzage <reference> --door <person id> --reden "<reason>" [--format json|xlsx] [--out file]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    door: { type: "string" },
    by: { type: "string" },
    reden: { type: "string" },
    reason: { type: "string" },
    format: { type: "string", default: "json" },
    out: { type: "string" },
  },
});
const [command, reference] = positionals;
const by = values.door ?? values.by;
const format = values.format === "xlsx" ? "xlsx" : values.format === "json" ? "json" : null;
if (!["inzage", "access"].includes(command ?? "") || !reference || !by || !format) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const { ctx, close } = await createCliContext({ config: settings.config, sealing: true });
  try {
    const reason = values.reden ?? values.reason ?? "";
    const { file, cases } = await writeAccessFile({ ctx, reference, by, reason, format, out: values.out });
    console.log(`Wrote ${file} (${cases} cases of the household, readable by you only). Hand it over securely.`);
  } catch (error) {
    console.error(isAppError(error) ? t("nl", error.messageKey, error.params) : String(error));
    process.exitCode = 1;
  } finally {
    await close();
  }
}
