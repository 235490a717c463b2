// Which open obligations stand still because a step that pauses the other clocks (flow: pausesOthers) runs on
// their case: the digest and the export must not call them overdue, exactly as the card does not.

export interface PauseObligation {
  caseId: string;
  stepId: string;
  status: string;
}

const baseStep = (stepId: string) => stepId.split("#")[0] ?? stepId;
const isNotice = (stepId: string) => stepId.startsWith("notice:");

/**
 * The obligations paused now. `pausingSteps` maps a flow id to its pausesOthers step ids; `flowOfCase` a case id to
 * its flow id. Notices ahead of entered dates keep running; the pausing step itself runs too.
 */
export function pausedObligations<T extends PauseObligation>(
  obligations: readonly T[],
  pausingSteps: ReadonlyMap<string, ReadonlySet<string>>,
  flowOfCase: ReadonlyMap<string, string>,
): Set<T> {
  const pausingOf = (o: PauseObligation) => pausingSteps.get(flowOfCase.get(o.caseId) ?? "") ?? new Set<string>();
  const pausedCases = new Set(
    obligations.filter((o) => o.status === "open" && pausingOf(o).has(baseStep(o.stepId))).map((o) => o.caseId),
  );
  return new Set(
    obligations.filter(
      (o) =>
        o.status === "open" &&
        pausedCases.has(o.caseId) &&
        !isNotice(o.stepId) &&
        !pausingOf(o).has(baseStep(o.stepId)),
    ),
  );
}

/** Flow id → the ids of its steps that pause the others. */
export function pausingStepsOf(flows: readonly { id: string; steps: { id: string; pausesOthers?: boolean }[] }[]) {
  return new Map(flows.map((f) => [f.id, new Set(f.steps.filter((s) => s.pausesOthers).map((s) => s.id))]));
}
