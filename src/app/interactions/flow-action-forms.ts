// Forms for the flow-specific buttons: advice, conditions, evaluations, flags, court dates, opting in.
import { required } from "../../domain/required.ts";
import { DateTime } from "luxon";
import { t, type Locale } from "../../i18n/messages.ts";
import type { ActionId, Form, FormField } from "../../ui/card.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord } from "../ports.ts";
import type { CaseDateDef } from "../../domain/flow/flow-schema.ts";
import { runningOptionalSteps } from "../case/step-plan.ts";
import { optInSteps, runningBranchIds, startedBranchIds } from "../case/branches.ts";
import { EVALUATION_OUTCOMES } from "../record-evaluation.ts";

export async function flowActionForm(
  ctx: AppContext,
  c: CaseRecord,
  actionId: ActionId,
  locale: Locale,
  id: string,
): Promise<Form | null> {
  const flow = await ctx.flows.forCase(c);
  const read = ctx.store.read;
  const form = (title: string, fields: FormField[]): Form => ({
    id,
    title,
    submitLabel: t(locale, "form.submit"),
    fields,
  });
  switch (actionId) {
    case "case.advise":
      return form(t(locale, "form.advise.title"), [
        {
          id: "advice",
          label: t(locale, "field.advice"),
          type: "select",
          required: true,
          options: (["agree", "agree_with_conditions", "disagree"] as const).map((a) => ({
            value: a,
            label: t(locale, `advice.${a}`),
          })),
        },
        {
          id: "motivation",
          label: t(locale, "field.motivation"),
          type: "textarea",
          required: true,
          hint: t(locale, "field.reason.hint"),
          maxLength: 4000,
        },
      ]);
    case "case.record_conditions": {
      const parties = await Promise.all(
        (await read.parties(c.id)).map(async (p) => ({
          value: p.partyId,
          label: (await read.organisation(p.organisationId))?.name ?? p.partyId,
        })),
      );
      return form(
        t(locale, "form.conditions.title"),
        flow.conditions.flatMap((cond): FormField[] => [
          { id: cond.id, label: cond.label, type: "checkbox", required: false },
          {
            id: `${cond.id}_party`,
            label: t(locale, "field.responsible", { condition: cond.label }),
            type: "select",
            required: false,
            options: parties,
            ...(cond.defaultParty ? { value: cond.defaultParty } : {}),
          },
        ]),
      );
    }
    case "case.evaluate":
      return form(t(locale, "form.evaluate.title"), [
        {
          id: "outcome",
          label: t(locale, "field.evaluation"),
          type: "select",
          required: true,
          options: EVALUATION_OUTCOMES.map((o) => ({ value: o, label: t(locale, `evaluation.${o}`) })),
        },
        {
          id: "note",
          label: t(locale, "field.note"),
          type: "textarea",
          required: false,
          hint: t(locale, "field.note.hint"),
          maxLength: 4000,
        },
      ]);
    case "case.set_flag":
    case "case.lift_flag": {
      const set = await read.caseFlags(c.id);
      const flags = flow.flags.filter((f) => set.includes(f.id) === (actionId === "case.lift_flag"));
      if (flags.length === 0) return null;
      return form(t(locale, actionId === "case.set_flag" ? "form.set_flag.title" : "form.lift_flag.title"), [
        {
          id: "flag",
          label: t(locale, "field.flag"),
          type: "select",
          required: true,
          options: flags.map((f) => ({ value: f.id, label: f.label })),
          ...(flags.length === 1 ? { value: required(flags[0], "the only flag").id } : {}),
        },
      ]);
    }
    case "case.enter_dates": {
      const known = new Map(
        (await read.caseDates(c.id)).map((d) => [
          d.key,
          DateTime.fromJSDate(d.date, { zone: ctx.calendar.zone }).toISODate() ?? "",
        ]),
      );
      const hint = (d: CaseDateDef) =>
        [
          d.after
            ? t(locale, "form.dates.hint_after", { other: flow.dates.find((x) => x.id === d.after)?.label ?? "" })
            : "",
          d.notInPast ? t(locale, "form.dates.hint_not_in_past") : "",
        ]
          .filter(Boolean)
          .join(" ");
      return form(
        t(locale, "form.dates.title"),
        flow.dates.map((d) => {
          const value = known.get(d.id);
          return {
            id: d.id,
            label: d.label,
            type: "date" as const,
            required: false,
            ...(hint(d) ? { hint: hint(d) } : {}),
            ...(value ? { value } : {}),
          };
        }),
      );
    }
    case "case.opt_in": {
      const running = runningOptionalSteps(flow, await read.obligations(c.id));
      const events = await read.events(c.id);
      const started = startedBranchIds(events);
      const steps = [
        ...optInSteps(flow, running, runningBranchIds(events)),
        ...flow.branches
          .filter((b) => b.optInBy && !started.has(b.id))
          .map((b) => ({ id: b.id, label: t(locale, "form.opt_in.branch", { branch: b.label }) })),
      ];
      if (steps.length === 0) return null;
      return form(t(locale, "form.opt_in.title"), [
        {
          id: "step",
          label: t(locale, "field.step"),
          type: "select",
          required: true,
          options: steps.map((s) => ({ value: s.id, label: s.label })),
          ...(steps.length === 1 ? { value: required(steps[0], "the only step").id } : {}),
        },
      ]);
    }
    case "case.record_event": {
      if (flow.events.length === 0) return null;
      const options = flow.events.map((e) => ({ value: e.id, label: e.label }));
      return form(t(locale, "form.record_event.title"), [
        { id: "event", label: t(locale, "field.event"), type: "select", required: true, options },
        {
          id: "reason",
          label: t(locale, "field.reason"),
          type: "textarea",
          required: true,
          hint: t(locale, "field.reason.hint"),
          maxLength: 2000,
        },
      ]);
    }
    case "case.branch_outcome": {
      const running = runningBranchIds(await read.events(c.id));
      const options = flow.branches
        .filter((b) => running.has(b.id))
        .flatMap((b) => b.outcomes.map((o) => ({ value: `${b.id}.${o.value}`, label: `${b.label}: ${o.label}` })));
      if (options.length === 0) return null;
      const field = t(locale, "field.branch_outcome");
      return form(t(locale, "form.branch_outcome.title"), [
        { id: "outcome", label: field, type: "select", required: true, options },
      ]);
    }
    case "case.extend_trial":
      return form(t(locale, "form.extend_trial.title"), [
        {
          id: "reason",
          label: t(locale, "field.reason"),
          type: "textarea",
          required: true,
          hint: t(locale, "field.reason.hint"),
          maxLength: 2000,
        },
      ]);
    default:
      return null;
  }
}
