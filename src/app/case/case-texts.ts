// The flow's texts (a letter, an agenda) one routed contact may read in the private view: those for its parties
// whose step has started, rendered with the case's values. A render error is logged without any value.
import { DateTime } from "luxon";
import { renderFlowText, templateNames, textAudience } from "../../domain/flow/flow-texts.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { t } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import type { CaseEventRecord, CaseRecord, StoreTx } from "../ports.ts";
import { municipalityName } from "./notify.ts";
import { stepById } from "./step-plan.ts";

type Opened = (sealed: string) => Record<string, unknown>;

/** Values entered when steps were completed (structured ones on the event, personal ones sealed), latest wins. */
function stepValues(events: readonly CaseEventRecord[], open: Opened): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const e of events.filter((x) => x.type === "step.completed")) {
    Object.assign(values, e.data.values as Record<string, unknown> | undefined);
    if (e.sealed) {
      const { note: _note, ...sealed } = open(e.sealed);
      Object.assign(values, sealed);
    }
  }
  return values;
}

async function variables(ctx: AppContext, tx: StoreTx, c: CaseRecord, flow: Flow, personal: object, open: Opened) {
  const events = await tx.events(c.id);
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: ctx.calendar.zone }).setLocale("nl").toFormat("d LLLL yyyy");
  const dates = Object.fromEntries((await tx.caseDates(c.id)).map((d) => [d.key, day(d.date)]));
  const known = Object.fromEntries([...templateNames(flow)].map((n) => [n, ""]));
  const caseFacts = {
    reference: c.reference,
    municipality: await municipalityName(tx, c.municipalityId),
    step: stepById(flow, c.currentStepId)?.label ?? "",
    level: flow.escalation.levels[c.level]?.label ?? "",
    today: day(ctx.clock.now()),
  };
  const values = { ...c.publicValues, ...personal, ...stepValues(events, open), ...dates };
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
  return { vars: { ...known, ...defined, case: caseFacts }, events };
}

export async function caseTexts(o: {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  parties: readonly string[];
  personal: object;
  open: Opened;
}): Promise<{ label: string; body: string }[]> {
  const { ctx, tx, c, flow } = o;
  if (flow.texts.length === 0) return [];
  const { vars, events } = await variables(ctx, tx, c, flow, o.personal, o.open);
  const started = new Set(events.filter((e) => e.type === "step.started").map((e) => String(e.data.stepId)));
  const all = flow.parties.map((p) => p.id);
  return flow.texts
    .filter((text) => started.has(text.step))
    .filter((text) => textAudience(text, flow.steps, all).some((p) => o.parties.includes(p)))
    .map((text) => {
      try {
        return { label: text.label, body: renderFlowText(text, vars) };
      } catch (error) {
        const kind = error instanceof Error ? error.name : "unknown";
        ctx.log.warn({ reference: c.reference, text: text.id, error: kind }, "flow text failed to render");
        return { label: text.label, body: t("nl", "view.text_failed") };
      }
    });
}
