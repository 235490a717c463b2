// `npm run export -- --from 2026-01-01 --to 2026-12-31 [--format csv|xlsx] [--out file]`: cases and
// obligations for the regional monitor, with pseudonymous references only (columns in the README).
// `npm run export -- views --from … --to …`: the view log of the period for the FG (docs/privacy.md).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportCases } from "../src/app/export-cases.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { exportPeriod } from "../src/app/export-period.ts";
import { loadSettings } from "../src/settings.ts";
import { toCsv, toXlsx } from "../src/infra/export/write-export.ts";
import { writeViewLogFile } from "../src/infra/export/avg-files.ts";

const settings = loadSettings();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string", default: "csv" },
    out: { type: "string" },
  },
});
const { ctx, close } = await createCliContext({ config: settings.config });
try {
  const period = exportPeriod(values.from, values.to, ctx.calendar.zone);
  if (!period.ok || !["csv", "xlsx"].includes(values.format ?? "")) {
    if (!period.ok) console.error(period.error);
    console.error(
      "Usage: npm run export -- [views] --from yyyy-mm-dd --to yyyy-mm-dd [--format csv|xlsx] [--out file]",
    );
    process.exitCode = 2;
  } else if (positionals[0] === "views") {
    const format = values.format === "xlsx" ? "xlsx" : "csv";
    const out = values.out ?? `schakel-views-${values.from}-${values.to}`;
    const { file, rows } = await writeViewLogFile({ ctx, ...period, format, out });
    console.log(`Exported ${rows} view log entries to ${file} (readable by you only).`);
  } else {
    const data = await exportCases({ ctx, ...period });
    const base = (values.out ?? `schakel-export-${values.from}-${values.to}`).replace(/\.(csv|xlsx)$/, "");
    const written =
      values.format === "xlsx"
        ? [[`${base}.xlsx`, await toXlsx(data)] as const]
        : [
            [`${base}-cases.csv`, toCsv(data, "cases")] as const,
            [`${base}-obligations.csv`, toCsv(data, "obligations")] as const,
            ...(data.kpis.length ? [[`${base}-kpis.csv`, toCsv(data, "kpis")] as const] : []),
          ];
    for (const [file, body] of written) writeFileSync(file, body);
    console.log(
      `Exported ${data.cases.length} cases and ${data.obligations.length} obligations to ${written.map(([f]) => f).join(" and ")}.`,
    );
  }
} finally {
  await close();
}
