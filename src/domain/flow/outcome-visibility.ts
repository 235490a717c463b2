// Load-time checks for the flow's closing outcomes: who sees the full label (`fullFor`, with a `coarse` code for
// the others), and which outcome a case event closes the case with (`closes`, with a did-you-mean suggestion).
import type { z } from "zod";
import { didYouMeanHint } from "../region/region-references.ts";

type Shape = {
  parties: { id: string }[];
  outcomes: { value: string; coarse?: string | undefined; fullFor?: string[] | undefined }[];
  events: { closes?: string | undefined; goTo?: string | undefined; startBranch?: string | undefined }[];
};

export function checkOutcomeVisibility(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const parties = new Set(flow.parties.map((p) => p.id));
  flow.outcomes.forEach((o, i) => {
    o.fullFor?.forEach((p, k) => {
      if (!parties.has(p)) issue(["outcomes", i, "fullFor", k], `unknown party "${p}"`);
    });
    if (o.fullFor && !o.coarse) issue(["outcomes", i, "coarse"], "fullFor needs coarse: what the others see");
  });
  const values = flow.outcomes.map((o) => o.value);
  flow.events.forEach((e, i) => {
    if (!e.closes) return;
    if (!values.includes(e.closes)) {
      issue(["events", i, "closes"], `unknown outcome "${e.closes}"${didYouMeanHint(e.closes, values)}`);
    }
    // The case is closed once the event is recorded: a step or branch it starts would never run.
    for (const key of ["goTo", "startBranch"] as const) {
      if (e[key]) issue(["events", i, key], `the event closes the case, so ${key} would never run`);
    }
  });
}
