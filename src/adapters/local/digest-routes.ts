// The console's digest page (/digest, with the 8-week chart), the digest as JSON and the export downloads.
import { Hono } from "hono";
import { DateTime } from "luxon";
import type { AppContext } from "../../app/context.ts";
import { buildWeeklyDigest } from "../../app/build-weekly-digest.ts";
import { exportCases } from "../../app/export-cases.ts";
import { isAppError } from "../../app/errors.ts";
import { t } from "../../i18n/messages.ts";
import { renderDigestPage } from "../../ui/digest-page.ts";
import { exportPeriod } from "../../infra/export/export-period.ts";
import { toCsv, toXlsx } from "../../infra/export/write-export.ts";

export function createDigestRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const regionOf = async (requested: string | undefined) => requested ?? (await ctx.store.read.regions())[0]?.id ?? "";
  const digest = async (requested: string | undefined) => {
    try {
      return await buildWeeklyDigest({ ctx, regionId: await regionOf(requested) });
    } catch (error) {
      if (isAppError(error)) return null;
      throw error;
    }
  };
  const notFound = (region: string | undefined) => ({ ok: false, error: t("nl", "digest.unknown_region", { region: region ?? "" }) });

  app.get("/digest", async (c) => {
    const report = await digest(c.req.query("region"));
    if (!report) return c.json(notFound(c.req.query("region")), 404);
    const today = DateTime.fromJSDate(ctx.clock.now(), { zone: ctx.calendar.zone });
    const range = { from: today.startOf("year").toISODate() ?? "", to: today.toISODate() ?? "" };
    return c.html(renderDigestPage(report, range));
  });
  app.get("/api/digest", async (c) => {
    const report = await digest(c.req.query("region"));
    return report ? c.json(report) : c.json(notFound(c.req.query("region")), 404);
  });
  app.get("/api/export.csv", async (c) => {
    const period = exportPeriod(c.req.query("from"), c.req.query("to"), ctx.calendar.zone);
    if (!period) return c.json({ ok: false, error: t("nl", "digest.export.invalid") }, 422);
    const table = c.req.query("table") === "obligations" ? "obligations" : "cases";
    const csv = toCsv(await exportCases({ ctx, ...period }), table);
    const name = `schakel-${table}-${c.req.query("from")}-${c.req.query("to")}.csv`;
    return c.body(csv, 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` });
  });
  app.get("/api/export.xlsx", async (c) => {
    const period = exportPeriod(c.req.query("from"), c.req.query("to"), ctx.calendar.zone);
    if (!period) return c.json({ ok: false, error: t("nl", "digest.export.invalid") }, 422);
    const body = await toXlsx(await exportCases({ ctx, ...period }));
    return c.body(new Uint8Array(body), 200, {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="schakel-${c.req.query("from")}-${c.req.query("to")}.xlsx"`,
    });
  });
  return app;
}
