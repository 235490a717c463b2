// `npm run region:sheet -- import <file…> --region <id> [--out …] [--dry-run]` and `… template [file]`:
// import a region's roster from a spreadsheet into regions/<id>.yaml, or write an empty workbook to fill in.
import { runSpreadsheetCommand } from "../src/infra/region-import/run-spreadsheet-command.ts";

process.exitCode = await runSpreadsheetCommand(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  now: () => new Date(),
  regionsDir: process.env.SCHAKEL_REGIONS_DIR ?? "regions",
});
