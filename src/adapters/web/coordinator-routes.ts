// The coordinator's pages behind sign-in: the regions they coordinate, each region's roster and case list.
// Only the viewer's own regions; another region answers like one that does not exist.
import { Hono, type Context } from "hono";
import type { AppContext } from "../../app/context.ts";
import { CLOSED_CASES_DAYS, listRegionCases } from "../../app/list-region-cases.ts";
import type { RegionRecord } from "../../app/ports.ts";
import { t } from "../../i18n/messages.ts";
import { renderMessagePage } from "../../ui/coordinator-layout.ts";
import { renderCaseListPage, renderHomePage, renderRosterPage, type RosterRow } from "../../ui/coordinator-pages.ts";
import type { Viewer } from "./coordinator-scope.ts";
import type { WebEnv } from "./web-env.ts";

export function navOf(viewer: Viewer, regionId?: string) {
  return { name: viewer.person.name, csrfToken: viewer.csrfToken, ...(regionId ? { regionId } : {}) };
}

export function createCoordinatorRoutes(ctx: AppContext): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const read = ctx.store.read;
  const regionOf = async (c: Context<WebEnv>): Promise<RegionRecord | null> => {
    const allowed = c.var.viewer.regionIds;
    const id = c.req.query("region") ?? allowed[0];
    return id && allowed.includes(id) ? read.region(id) : null;
  };
  const notFound = (c: Context) =>
    c.html(renderMessagePage(t("nl", "web.not_found"), t("nl", "web.not_found"), false), 404);

  app.get("/", async (c) => {
    const regions = (await read.regions()).filter((r) => c.var.viewer.regionIds.includes(r.id));
    return c.html(renderHomePage(regions, navOf(c.var.viewer)));
  });
  app.get("/roster", async (c) => {
    const region = await regionOf(c);
    if (!region) return notFound(c);
    const people = await read.people();
    const [organisations, municipalities] = [await read.organisations(), await read.municipalities()];
    const name = (list: { id: string; name: string }[], id: string | null) =>
      id ? (list.find((x) => x.id === id)?.name ?? id) : "–";
    const inRegion = new Set(municipalities.filter((m) => m.regionId === region.id).map((m) => m.id));
    const rows: RosterRow[] = (await read.roster())
      .filter((r) => inRegion.has(r.municipalityId))
      .map((r) => ({
        organisation: name(organisations, r.organisationId),
        municipality: name(municipalities, r.municipalityId),
        contact: name(people, r.primaryPersonId),
        deputy: name(people, r.deputyPersonId),
        coordinator: name(people, r.coordinatorPersonId),
      }))
      .sort((a, b) => a.municipality.localeCompare(b.municipality) || a.organisation.localeCompare(b.organisation));
    const coordinators = (await read.regionCoordinators(region.id)).map((id) => name(people, id));
    return c.html(renderRosterPage(region, rows, coordinators, navOf(c.var.viewer, region.id)));
  });
  app.get("/cases", async (c) => {
    const region = await regionOf(c);
    if (!region) return notFound(c);
    const municipalityIds = (await read.municipalities()).filter((m) => m.regionId === region.id).map((m) => m.id);
    const rows = await listRegionCases({ ctx, municipalityIds });
    const nav = navOf(c.var.viewer, region.id);
    return c.html(renderCaseListPage(region, rows, CLOSED_CASES_DAYS, ctx.calendar.zone, nav));
  });
  return app;
}
