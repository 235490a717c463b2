// Combinations inside a flow file that each validate on their own but cannot work together, refused at load
// with the reason (a setting the engine would silently ignore, or a route that can never run).
import type { z } from "zod";

export type CombinationShape = {
  steps: {
    id: string;
    owner: string;
    kind: string;
    optional: boolean;
    optInBy?: string[] | undefined;
    holdNotice?: string | undefined;
    pausesOthers?: boolean | undefined;
    decision?: unknown;
    evaluation?: { firstYear?: number | undefined; thereafter?: unknown; count?: number | undefined } | undefined;
    deadline: "none" | { from: string; before?: boolean };
  }[];
  parties: { id: string }[];
  flags: { id: string }[];
  dates: { id: string }[];
  datesEnteredBy: string[];
  notices: { id: string }[];
  conditions: { id: string }[];
  outcomes: { value: string; kpi?: string | undefined }[];
  escalation: { levels: { id: string }[]; ladder: { notify: string; organisationType?: unknown }[] };
  form: { fields: { id: string; type: string; bind?: string | undefined }[] };
  agreement: boolean;
};

type Issue = (path: (string | number)[], message: string) => void;

/** Opt-in settings on a step that is not optional, and optional steps nobody could start or finish. */
function checkOptionalStep(step: CombinationShape["steps"][number], i: number, issue: Issue): void {
  if (step.optInBy && !step.optional) {
    issue(["steps", i, "optInBy"], "optInBy only works on an optional step (add optional: true)");
  }
  if (step.holdNotice && !step.optional) {
    issue(["steps", i, "holdNotice"], "holdNotice is shown while an optional step runs; add optional: true");
  }
  if (step.pausesOthers && !step.optional) {
    issue(
      ["steps", i, "pausesOthers"],
      "pausesOthers works on an optional step a party opts into (add optional: true)",
    );
  }
  if (!step.optional) return;
  // The engine records decisions, conditions and evaluations only on the main line: opted into, they could never
  // be done, so refuse them here rather than at run time.
  if (step.kind !== "task") {
    issue(["steps", i, "optional"], `a kind: ${step.kind} step runs on the main line only; remove optional: true`);
  }
  if (step.owner === "all" && !step.optInBy) {
    issue(["steps", i, "optInBy"], "an optional step with owner: all needs optInBy: [<party>] (who may start it)");
  }
}

/** Settings that only mean something on another kind of step. */
function checkStepSettings(flow: CombinationShape, issue: Issue): void {
  flow.steps.forEach((step, i) => {
    checkOptionalStep(step, i, issue);
    if (step.decision && step.kind !== "decision") {
      issue(["steps", i, "decision"], `decision settings need kind: decision (this step is kind: ${step.kind})`);
    }
    if (step.evaluation && step.kind !== "evaluation") {
      issue(["steps", i, "evaluation"], `evaluation settings need kind: evaluation (this step is kind: ${step.kind})`);
    }
    const evaluation = step.evaluation;
    const endless = evaluation && (evaluation.thereafter || (!evaluation.firstYear && !evaluation.count));
    if (endless && step.deadline === "none") {
      issue(
        ["steps", i, "evaluation"],
        "without a deadline the moments never end: use every with a count, or firstYear alone",
      );
    }
    if (step.kind === "conditions" && flow.conditions.length === 0) {
      issue(["steps", i, "kind"], "a conditions step needs the flow's conditions: [{ id, label }] to choose from");
    }
    if (step.kind === "decision" && !flow.outcomes.some((o) => o.kpi === "rejected")) {
      issue(["steps", i, "kind"], "a decision step needs an outcome with kpi: rejected (a rejection closes the case)");
    }
    if (step.deadline !== "none" && step.deadline.before && step.deadline.from === "start") {
      issue(["steps", i, "deadline", "before"], 'before: true counts back from an entered date; use from: "date:<id>"');
    }
  });
  if (flow.steps.length > 0 && flow.steps.every((s) => s.optional)) {
    issue(["steps"], "at least one step must not be optional (the main line)");
  }
}

/** Ids that must be unique within their list. */
function checkDuplicates(flow: CombinationShape, issue: Issue): void {
  const lists: [string[], (string | number)[], string][] = [
    [flow.parties.map((p) => p.id), ["parties"], "id"],
    [flow.flags.map((f) => f.id), ["flags"], "id"],
    [flow.dates.map((d) => d.id), ["dates"], "id"],
    [flow.notices.map((n) => n.id), ["notices"], "id"],
    [flow.conditions.map((c) => c.id), ["conditions"], "id"],
    [flow.outcomes.map((o) => o.value), ["outcomes"], "value"],
    [flow.escalation.levels.map((l) => l.id), ["escalation", "levels"], "id"],
    [flow.form.fields.map((f) => f.id), ["form", "fields"], "id"],
  ];
  for (const [ids, path, key] of lists) {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) issue([...path, i, key], `"${id}" appears twice`);
    });
  }
}

/** Flow-wide settings that need a partner elsewhere in the file. */
function checkFlowSettings(flow: CombinationShape, issue: Issue): void {
  if (flow.dates.length > 0 && flow.datesEnteredBy.length === 0) {
    issue(["datesEnteredBy"], "dates are declared but no party may enter them (add datesEnteredBy: [<party>])");
  }
  if (flow.agreement && !flow.form.fields.some((f) => f.bind === "household")) {
    issue(["agreement"], "agreement: true links cases of one household; the form needs a field with bind: household");
  }
  flow.form.fields.forEach((f, i) => {
    if (f.bind?.startsWith("flag:") && f.type !== "checkbox") {
      issue(["form", "fields", i, "bind"], "bind: flag:<id> needs type: checkbox");
    }
  });
  flow.escalation.ladder.forEach((rung, i) => {
    if (rung.organisationType !== undefined && rung.notify !== "organisation") {
      issue(["escalation", "ladder", i, "organisationType"], "organisationType only applies to notify: organisation");
    }
  });
}

export function checkCombinations(flow: CombinationShape, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, message) => ctx.addIssue({ code: "custom", path, message });
  checkStepSettings(flow, issue);
  checkDuplicates(flow, issue);
  checkFlowSettings(flow, issue);
}
