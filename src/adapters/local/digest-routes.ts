// The console's digest page (/digest, with the 8-week chart), the digest as JSON and the export downloads.
import { Hono, type Context } from "hono";
import { DateTime } from "luxon";
import type { AppContext } from "../../app/context.ts";
import { buildWeeklyDigest } from "../../app/build-weekly-digest.ts";
import { exportCases } from "../../app/export-cases.ts";
import { isAppError } from "../../app/errors.ts";
import { t } from "../../i18n/messages.ts";
import { renderDigestPage, type DigestPageChrome } from "../../ui/digest-page.ts";
import { exportPeriod } from "../../app/export-period.ts";
import type { ExportFiles } from "../../app/export-files.ts";

export interface DigestRouteOptions {
  /** The CSV and XLSX writers (infra), handed in by the composition root. */
  files: ExportFiles;
  /** The regions this request may see (the signed-in coordinator's); every region when absent (the demo console). */
  regionsOf?: (c: Context) => readonly string[];
  /** The production page's navigation and sign-out form, in place of the console's back link. */
  chromeOf?: (c: Context) => DigestPageChrome;
}

export function createDigestRoutes(ctx: AppContext, { files, regionsOf, chromeOf }: DigestRouteOptions): Hono {
  const app = new Hono();
  const regionOf = async (c: Context, requested: string | undefined) => {
    const allowed = regionsOf?.(c) ?? (await ctx.store.read.regions()).map((r) => r.id);
    // A region outside the viewer's scope answers exactly like an unknown one.
    return requested ? (allowed.includes(requested) ? requested : null) : (allowed[0] ?? null);
  };
  const municipalitiesOf = async (c: Context) => {
    const allowed = regionsOf?.(c);
    if (!allowed) return undefined;
    return (await ctx.store.read.municipalities()).filter((m) => allowed.includes(m.regionId)).map((m) => m.id);
  };
  const digest = async (c: Context, requested: string | undefined) => {
    const regionId = await regionOf(c, requested);
    if (!regionId) return null;
    try {
      return await buildWeeklyDigest({ ctx, regionId });
    } catch (error) {
      if (isAppError(error)) return null;
      throw error;
    }
  };
  /** A browser's form gets the digest page again with the Dutch sentence at the form; a script gets JSON. */
  const invalidPeriod = async (c: Context, error: string) => {
    ctx.log.warn({ from: c.req.query("from"), to: c.req.query("to") }, "export refused: invalid period");
    const report = c.req.header("accept")?.includes("text/html") ? await digest(c, c.req.query("region")) : null;
    if (!report) return c.json({ ok: false, error }, 422);
    const range = { from: c.req.query("from") ?? "", to: c.req.query("to") ?? "", error };
    return c.html(renderDigestPage(report, range, "nl", chromeOf?.(c)), 422);
  };
  const notFound = (region: string | undefined) => ({
    ok: false,
    error: t("nl", "digest.unknown_region", { region: region ?? "" }),
  });

  app.get("/digest", async (c) => {
    const report = await digest(c, c.req.query("region"));
    if (!report) return c.json(notFound(c.req.query("region")), 404);
    const today = DateTime.fromJSDate(ctx.clock.now(), { zone: ctx.calendar.zone });
    const range = { from: today.startOf("year").toISODate() ?? "", to: today.toISODate() ?? "" };
    return c.html(renderDigestPage(report, range, "nl", chromeOf?.(c)));
  });
  app.get("/api/digest", async (c) => {
    const report = await digest(c, c.req.query("region"));
    return report ? c.json(report) : c.json(notFound(c.req.query("region")), 404);
  });
  app.get("/api/export.csv", async (c) => {
    const period = exportPeriod(c.req.query("from"), c.req.query("to"), ctx.calendar.zone);
    if (!period.ok) return invalidPeriod(c, period.error);
    const asked = c.req.query("table");
    const table = asked === "obligations" || asked === "kpis" ? asked : "cases";
    const municipalityIds = await municipalitiesOf(c);
    const csv = files.toCsv(
      await exportCases({ ctx, ...period, ...(municipalityIds ? { municipalityIds } : {}) }),
      table,
    );
    const name = `schakel-${table}-${c.req.query("from")}-${c.req.query("to")}.csv`;
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
    });
  });
  app.get("/api/export.xlsx", async (c) => {
    const period = exportPeriod(c.req.query("from"), c.req.query("to"), ctx.calendar.zone);
    if (!period.ok) return invalidPeriod(c, period.error);
    const municipalityIds = await municipalitiesOf(c);
    const body = await files.toXlsx(
      await exportCases({ ctx, ...period, ...(municipalityIds ? { municipalityIds } : {}) }),
    );
    return c.body(new Uint8Array(body), 200, {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="schakel-${c.req.query("from")}-${c.req.query("to")}.xlsx"`,
    });
  });
  return app;
}
