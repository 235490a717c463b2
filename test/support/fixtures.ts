// Shared test data: a complete overlast report for Bergen op Zoom and helpers to read what people were sent.
import type { AppContext } from "../../src/app/context.ts";
import { reportCase } from "../../src/app/report-case.ts";

export const REPORT_BERGEN_OP_ZOOM = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  category: "noise",
  triage: "unclear",
  urgency: "normal",
  legal_basis: "consent",
  resident_name: "Test Bewoner",
  address: "Teststraat 1",
  incident_date: "2026-11-20",
  description: "Test",
};

/** A threatened-eviction report for rent arrears in Bergen op Zoom (tests add the objection or change the amount). */
export const REPORT_ARREARS = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  days_in_arrears: "45",
  legal_basis: "public_task",
  arrears_amount: "1875",
  resident_name: "Planted Huurder",
  address: "Plantedlaan 3",
};

/** An outflow report in Bergen op Zoom from sheltered housing (tests add the resident and the address, or change
 *  where the person leaves from). */
export const REPORT_OUTFLOW = {
  municipality: "bergen-op-zoom",
  care_provider: "zorggroep-kompas",
  corporation: "woonhaven",
  leaving: "bw",
  under_27: false,
  legal_basis: "consent",
};

export async function reportOverlast(
  ctx: AppContext,
  values: Record<string, unknown> = REPORT_BERGEN_OP_ZOOM,
  personId = "femke-de-wit",
) {
  const result = await reportCase({ ctx, actor: { personId, platform: "local" }, flowId: "overlast", values });
  if (!result.ok) throw new Error(`report failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/** Reminder events on a case's timeline, as "partyId:level:notify". */
export async function reminders(ctx: AppContext, caseId: string): Promise<string[]> {
  return (await ctx.store.read.events(caseId))
    .filter((e) => e.type === "obligation.reminded")
    .map((e) => `${e.partyId}:${e.data.level}:${e.data.notify}`);
}
