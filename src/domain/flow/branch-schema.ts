// Branches a flow declares: a route beside the main line (an early-signal route, a last-chance track) with its
// own steps in order, started by a date threshold, a party's opt-in or a case event, and its own outcomes.
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

const durationSchema = z.strictObject({
  amount: z.number().int().min(0),
  unit: z.enum(["workingDays", "calendarDays", "weeks", "months"]).default("workingDays"),
});

/** An outcome of a branch: recorded without closing the case; a party outside `fullFor` sees only `coarse`. */
export const branchOutcomeSchema = z.strictObject({
  value: id,
  label: z.string().min(1),
  /** The coarse code shown to parties not in `fullFor` (and on the shared card), e.g. "Afgerond". */
  coarse: z.string().min(1).optional(),
  /** Parties whose contacts see the full label in the private view (default: every party). */
  fullFor: z.array(id).optional(),
});

export const branchSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** The branch's steps in order (ids of flow.steps); they are not part of the main line. */
  steps: z.array(id).min(1),
  /** The branch starts by itself this long after an entered date (e.g. 60 days after the arrears began). */
  startsAfter: z.strictObject({ date: id, after: durationSchema }).optional(),
  /** Parties that may start the branch by hand (opt in). A case event with startBranch starts it too. */
  optInBy: z.array(id).optional(),
  /** While this flag is set the branch's steps wait; the main line runs on. */
  blockedBy: id.optional(),
  /** Outcomes a party records for the branch (it ends the branch, not the case). */
  outcomes: z.array(branchOutcomeSchema).default([]),
  /** Parties that may record the branch's outcome (default: the owners of its steps). */
  outcomeBy: z.array(id).optional(),
});
export type BranchDef = z.infer<typeof branchSchema>;
export type BranchOutcome = z.infer<typeof branchOutcomeSchema>;

type Shape = {
  branches: BranchDef[];
  parties: { id: string }[];
  flags: { id: string }[];
  dates: { id: string }[];
  steps: { id: string; optional: boolean; owner: string; kind: string }[];
  events: { goTo?: string | undefined; startBranch?: string | undefined; endBranch?: string | undefined }[];
};

function checkBranch(flow: Shape, b: BranchDef, i: number, issue: (p: (string | number)[], m: string) => void) {
  const parties = new Set(flow.parties.map((p) => p.id));
  b.steps.forEach((sid, j) => {
    const step = flow.steps.find((s) => s.id === sid);
    if (!step) issue([i, "steps", j], `unknown step "${sid}"`);
    else if (step.kind === "decision")
      issue(
        [i, "steps", j],
        `"${sid}" is kind: decision; a rejection closes the case, so decisions run on the main line`,
      );
    const other = flow.branches.findIndex((x) => x.steps.includes(sid));
    if (other !== i) issue([i, "steps", j], `step "${sid}" is already in branch "${flow.branches[other]?.id}"`);
    if (b.steps.indexOf(sid) !== j) issue([i, "steps", j], `"${sid}" appears twice`);
  });
  for (const [key, list] of [
    ["optInBy", b.optInBy],
    ["outcomeBy", b.outcomeBy],
  ] as const) {
    list?.forEach((p, j) => {
      if (!parties.has(p)) issue([i, key, j], `unknown party "${p}"`);
    });
  }
  b.outcomes.forEach((o, j) => {
    o.fullFor?.forEach((p, k) => {
      if (!parties.has(p)) issue([i, "outcomes", j, "fullFor", k], `unknown party "${p}"`);
    });
    if (o.fullFor && !o.coarse) issue([i, "outcomes", j, "coarse"], "fullFor needs coarse: what the others see");
  });
  if (b.blockedBy && !flow.flags.some((f) => f.id === b.blockedBy))
    issue([i, "blockedBy"], `unknown flag "${b.blockedBy}"`);
  if (b.startsAfter && !flow.dates.some((d) => d.id === b.startsAfter?.date)) {
    issue([i, "startsAfter", "date"], `unknown date "${b.startsAfter.date}"`);
  }
  const known = b.steps.map((sid) => flow.steps.find((s) => s.id === sid)).filter((s) => s !== undefined);
  if (known.length === b.steps.length && known.every((s) => s.optional))
    issue([i, "steps"], "every step of the branch is optional: give it at least one step it runs by itself");
  const byEvent = flow.events.some((e) => e.startBranch === b.id);
  if (!b.startsAfter && !b.optInBy && !byEvent) {
    issue([i], "the branch never starts: give startsAfter, optInBy, or a case event with startBranch");
  }
  if (flow.branches.findIndex((x) => x.id === b.id) !== i) issue([i, "id"], `"${b.id}" appears twice`);
}

/** Every step, party, flag and date a branch names exists; a branch can start; its steps are its own. */
export function checkBranches(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["branches", ...path], message });
  flow.branches.forEach((b, i) => {
    checkBranch(flow, b, i, issue);
  });
  const branchIds = new Set(flow.branches.map((b) => b.id));
  const mainLine = flow.steps.filter((s) => !s.optional && !flow.branches.some((b) => b.steps.includes(s.id)));
  if (flow.branches.length && flow.steps.length && mainLine.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["branches"],
      message: "every step is in a branch: none is left for the main line",
    });
  }
  flow.events.forEach((e, i) => {
    for (const key of ["startBranch", "endBranch"] as const) {
      const target = e[key];
      if (target && !branchIds.has(target)) {
        ctx.addIssue({ code: "custom", path: ["events", i, key], message: `unknown branch "${target}"` });
      }
    }
    if (e.goTo && flow.branches.some((b) => b.steps.includes(e.goTo ?? ""))) {
      ctx.addIssue({ code: "custom", path: ["events", i, "goTo"], message: `"${e.goTo}" is a branch step` });
    }
  });
}

/** The branch a step belongs to, if any. */
export function branchOfStep(flow: { branches: BranchDef[] }, stepId: string): BranchDef | undefined {
  return flow.branches.find((b) => b.steps.includes(stepId));
}
