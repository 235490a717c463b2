// An outflow case driven through the console API to its warm handover: the step the flow gives to the
// neighbourhood team role, so external participants have something to see and complete.
import { expect } from "vitest";
import type { caseDriver } from "./case-driver.ts";
import { REPORT_OUTFLOW } from "./fixtures.ts";

export async function outflowAtWarmHandover(drive: ReturnType<typeof caseDriver>, resident: string): Promise<string> {
  const { caseRef } = await drive.report("hanna-visser", "/uitstroom", {
    ...REPORT_OUTFLOW,
    resident_name: resident,
    address: "Nieuwstraat 4",
  });
  for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"])
    await drive.press(who, caseRef, "case.acknowledge");
  await drive.press("hanna-visser", caseRef, "case.complete_step", { support_hours: "6", note: "" });
  await drive.press("anouk-jansen", caseRef, "case.enter_dates", { key_handover: "2026-12-15" });
  await drive.press("pieter-claassen", caseRef, "case.complete_step", { note: "" });
  expect(await drive.field(caseRef, "Stap")).toBe("Warme overdracht naar de wijk");
  return caseRef;
}
