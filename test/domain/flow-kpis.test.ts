// Flow-declared KPIs over a period: counts of case events and outcomes, and outcome rates.
import { describe, expect, it } from "vitest";
import { computeFlowKpis } from "../../src/domain/digest/flow-kpis.ts";

const flows = [
  {
    id: "tweede_kans",
    kpis: [
      {
        id: "success",
        label: "Slagingspercentage",
        rate: { outcomes: ["regular_tenancy"], of: ["regular_tenancy", "ended"] },
      },
      { id: "breaches", label: "Geschonden afspraken", count: { events: ["breach"] } },
      { id: "ended", label: "Beëindigd", count: { outcomes: ["ended"] } },
    ],
  },
];

describe("flow KPIs", () => {
  it("counts events and outcomes of its own flow and rounds a rate to a whole percentage", () => {
    const values = computeFlowKpis({
      flows,
      closed: [
        { flowId: "tweede_kans", outcome: "regular_tenancy" },
        { flowId: "tweede_kans", outcome: "regular_tenancy" },
        { flowId: "tweede_kans", outcome: "ended" },
        { flowId: "tweede_kans", outcome: "rejected" },
        { flowId: "overlast", outcome: "ended" },
      ],
      events: [
        { flowId: "tweede_kans", event: "breach" },
        { flowId: "tweede_kans", event: "other" },
        { flowId: "overlast", event: "breach" },
      ],
    });
    expect(values.map((v) => [v.kpiId, v.value, v.numerator, v.denominator])).toEqual([
      ["success", 67, 2, 3],
      ["breaches", 1, 1, null],
      ["ended", 1, 1, null],
    ]);
  });

  it("has no rate when no case closed with one of the outcomes it divides by", () => {
    const [success] = computeFlowKpis({ flows, closed: [{ flowId: "tweede_kans", outcome: "rejected" }], events: [] });
    expect(success).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});
