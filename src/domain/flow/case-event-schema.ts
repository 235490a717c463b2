// Case events a flow declares: something a party records with a reason (a breach of agreements, missed rent,
// a new incident) and what it does: send the case (back) to a step, escalate to a named level, tell parties.
import { z } from "zod";
import { didYouMeanHint } from "../region/region-references.ts";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

export const caseEventSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** Parties whose contacts may record it, and external roles whose participants may (always with a private reason). */
  recordedBy: z
    .array(id)
    .min(1)
    .describe("parties, or external roles (externalRoles), whose people may record this event with a reason"),
  /** The case goes (back) to this main-line step: open work of the main line stops and the step starts afresh. */
  goTo: id.optional(),
  /** The case moves up to this escalation level (never down). */
  escalateTo: id.optional(),
  /** The branch this event starts (it runs beside the main line from its first step). */
  startBranch: id.optional(),
  /** The branch this event ends (its open work stops). */
  endBranch: id.optional(),
  /** The case closes with this outcome of the flow (a red card ends a last-chance trajectory), like a close by
   *  hand: open work stops, the card and thread show the outcome, the KPIs count it. */
  closes: id.optional(),
  /** Parties whose contacts get a direct message. */
  notify: z.array(id).default([]),
});
export type CaseEventDef = z.infer<typeof caseEventSchema>;

type Shape = {
  events: CaseEventDef[];
  parties: { id: string }[];
  steps: { id: string; optional: boolean }[];
  escalation: { levels: { id: string }[] };
  externalRoles: { id: string }[];
};

/** Every party, step and level an event names must exist; goTo must be a main-line step. */
export function checkCaseEvents(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["events", ...path], message });
  const parties = new Set(flow.parties.map((p) => p.id));
  const levels = new Set(flow.escalation.levels.map((l) => l.id));
  const recorders = [...parties, ...flow.externalRoles.map((r) => r.id)];
  flow.events.forEach((e, i) => {
    e.recordedBy.forEach((p, j) => {
      const hint = didYouMeanHint(p, recorders);
      const what = flow.externalRoles.length ? "party or external role" : "party";
      if (!recorders.includes(p)) issue([i, "recordedBy", j], `unknown ${what} "${p}"${hint}`);
    });
    e.notify.forEach((p, j) => {
      if (!parties.has(p)) issue([i, "notify", j], `unknown party "${p}"`);
    });
    const step = e.goTo ? flow.steps.find((s) => s.id === e.goTo) : undefined;
    if (e.goTo && !step) issue([i, "goTo"], `unknown step "${e.goTo}"`);
    if (step?.optional) issue([i, "goTo"], `"${e.goTo}" is optional; goTo needs a main-line step`);
    if (e.escalateTo && !levels.has(e.escalateTo)) issue([i, "escalateTo"], `unknown level "${e.escalateTo}"`);
    if (flow.events.findIndex((x) => x.id === e.id) !== i) issue([i, "id"], `"${e.id}" appears twice`);
  });
}

/** Whether a participant in this external role may record this event (the flow names the role in recordedBy). */
export const roleMayRecordEvent = (event: CaseEventDef, roleId: string) => event.recordedBy.includes(roleId);
