// A button on a case card was pressed (or its form submitted): runs the matching use-case.
import { required } from "../../domain/required.ts";
import { asLocale, t, type Locale, type MessageKey } from "../../i18n/messages.ts";
import { isActionId, type ActionId } from "../../ui/card.ts";
import { acknowledgeObligation } from "../acknowledge-obligation.ts";
import { addNote } from "../add-note.ts";
import { closeCase } from "../close-case.ts";
import { completeStep } from "../complete-step.ts";
import type { Actor, AppContext } from "../context.ts";
import { deescalateCase } from "../deescalate-case.ts";
import { AppError } from "../errors.ts";
import { escalateCase } from "../escalate-case.ts";
import { reopenCase } from "../reopen-case.ts";
import { viewCaseDetails } from "../view-case-details.ts";
import { renderDetailsView } from "../../ui/details-view.ts";
import { recordSecondChanceAdvice } from "../record-second-chance-decision.ts";
import { recordConditions } from "../record-conditions.ts";
import { recordEvaluation } from "../record-evaluation.ts";
import { setCaseFlag } from "../set-case-flag.ts";
import { liftCaseFlag } from "../lift-case-flag.ts";
import { enterCaseDates } from "../enter-case-dates.ts";
import { optIntoStep } from "../opt-into-step.ts";
import { extendTrial } from "../extend-trial.ts";
import { recordCaseEvent } from "../record-case-event.ts";
import { recordBranchOutcome } from "../record-branch-outcome.ts";
import { actionForm } from "./action-forms.ts";
import { rectifyDetails } from "../avg/rectify-details.ts";
import { issueForm } from "./issue-form.ts";
import { staleCaseResult } from "./stale-case.ts";
import { isInvolved } from "../../domain/case/authorization.ts";
import { standingOfActor } from "../case/case-routing.ts";
import { failureResult, inactiveRefusal, type InteractionResult } from "./result.ts";
import { staleButtonAnswer } from "./stale-button.ts";

export interface RunActionOptions {
  ctx: AppContext;
  actor: Actor;
  actionId: string;
  caseId: string;
  values?: Record<string, unknown>;
  /** The case revision the button or form was shown at; an action on a case that moved on since is refused. */
  revision?: number;
}

/** Buttons that need more input before they can run. */
export const NEEDS_FORM: readonly ActionId[] = [
  "case.complete_step",
  "case.add_note",
  "case.escalate",
  "case.deescalate",
  "case.close",
  "case.reopen",
  "case.advise",
  "case.record_conditions",
  "case.evaluate",
  "case.set_flag",
  "case.lift_flag",
  "case.enter_dates",
  "case.opt_in",
  "case.extend_trial",
  "case.record_event",
  "case.rectify",
  "case.branch_outcome",
];

/** What a person is told after each kind of change (every text names the case). */
const DONE: Partial<Record<ActionId, MessageKey>> = {
  "case.add_note": "done.note_added",
  "case.escalate": "done.escalated",
  "case.deescalate": "done.deescalated",
  "case.close": "done.closed",
  "case.reopen": "done.reopened",
  "case.advise": "done.advised",
  "case.record_conditions": "done.conditions_recorded",
  "case.evaluate": "done.evaluated",
  "case.set_flag": "done.flag_set",
  "case.lift_flag": "done.flag_lifted",
  "case.enter_dates": "done.dates_entered",
  "case.opt_in": "done.opted_in",
  "case.extend_trial": "done.trial_extended",
};

async function execute(o: RunActionOptions, actionId: ActionId, locale: Locale): Promise<InteractionResult> {
  const { ctx, actor, caseId } = o;
  const values = o.values ?? {};
  const c = await ctx.store.read.case(caseId);
  if (!c) throw new AppError("not_found", "error.case_not_found", {}, `action ${actionId} on unknown case ${caseId}`);
  if (o.revision !== undefined && o.revision !== c.revision && actionId !== "case.details") {
    return staleCaseResult(ctx, c, { shownAt: o.revision, personId: actor.personId }, locale);
  }
  if (!o.values && NEEDS_FORM.includes(actionId)) {
    // Someone with no standing on the case hears so before typing anything, not after the form.
    const { standing } = await standingOfActor(ctx.store.read, c, actor.personId);
    if (!isInvolved(standing))
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} has no standing on ${c.reference}`,
      );
    const form = await actionForm(ctx, c, actionId, locale);
    // No form means nothing left to choose (a flag already set, a programme already running): a stale button.
    if (!form)
      throw new AppError(
        "invalid_state",
        "error.unknown_action",
        {},
        `${actionId} has nothing to offer on ${c.reference}`,
      );
    return { kind: "form", form: issueForm(form, c.revision) };
  }
  switch (actionId) {
    case "case.acknowledge": {
      const result = await acknowledgeObligation({
        ctx,
        actor,
        caseId,
        ...(typeof values.party === "string" ? { partyId: values.party } : {}),
      });
      if (result.status === "choose_party") {
        return {
          kind: "form",
          form: issueForm(
            required(
              await actionForm(ctx, c, actionId, locale, result.parties),
              "the form of an action that asks for one",
            ),
            c.revision,
          ),
        };
      }
      return { kind: "done", text: t(locale, "done.acknowledged", { organisation: result.organisations.join(", ") }) };
    }
    case "case.complete_step": {
      const note = typeof values.note === "string" ? { note: values.note } : {};
      const { step } = await completeStep({
        ctx,
        actor,
        caseId,
        ...note,
        ...(typeof values.step === "string" ? { stepId: values.step } : {}),
        values,
      });
      return { kind: "done", text: t(locale, "done.step_completed", { step, reference: c.reference }) };
    }
    case "case.add_note":
      await addNote({ ctx, actor, caseId, note: values.note });
      break;
    case "case.escalate":
      await escalateCase({ ctx, actor, caseId, reason: values.reason });
      break;
    case "case.deescalate":
      await deescalateCase({ ctx, actor, caseId, reason: values.reason });
      break;
    case "case.close":
      await closeCase({ ctx, actor, caseId, outcome: values.outcome, note: values.note });
      break;
    case "case.reopen":
      await reopenCase({ ctx, actor, caseId, reason: values.reason });
      break;
    case "case.advise":
      await recordSecondChanceAdvice({ ctx, actor, caseId, advice: values.advice, motivation: values.motivation });
      break;
    case "case.record_conditions":
      await recordConditions({ ctx, actor, caseId, values });
      break;
    case "case.evaluate":
      await recordEvaluation({ ctx, actor, caseId, outcome: values.outcome, note: values.note });
      break;
    case "case.set_flag":
      await setCaseFlag({ ctx, actor, caseId, flag: values.flag });
      break;
    case "case.lift_flag":
      await liftCaseFlag({ ctx, actor, caseId, flag: values.flag });
      break;
    case "case.enter_dates":
      await enterCaseDates({ ctx, actor, caseId, values });
      break;
    case "case.opt_in":
      await optIntoStep({ ctx, actor, caseId, stepId: values.step });
      break;
    case "case.extend_trial":
      await extendTrial({ ctx, actor, caseId, reason: values.reason });
      break;
    case "case.record_event":
      await recordCaseEvent({ ctx, actor, caseId, event: values.event, reason: values.reason });
      break;
    case "case.rectify": {
      const { fields } = await rectifyDetails({ ctx, actor, caseId, values });
      return {
        kind: "done",
        text: t(locale, "avg.rectified.done", { reference: c.reference, fields: fields.join(", ") }),
      };
    }
    case "case.branch_outcome":
      await recordBranchOutcome({ ctx, actor, caseId, outcome: values.outcome });
      break;
    // The buttons of an external participant's own card: a roster person never acts through them.
    case "case.external_complete":
    case "case.external_event":
      throw new AppError("not_allowed", "error.not_allowed", {}, `${actionId} is for external participants only`);
    case "case.details":
      return {
        kind: "view",
        view: renderDetailsView(await viewCaseDetails({ ctx, actor, caseId }), ctx.calendar.zone, locale),
      };
  }
  return { kind: "done", text: t(locale, DONE[actionId] ?? "done.saved", { reference: c.reference }) };
}

export async function runAction(o: RunActionOptions): Promise<InteractionResult> {
  const person = await o.ctx.store.read.person(o.actor.personId);
  const locale = asLocale(person?.locale);
  const refused = inactiveRefusal(person, locale, o.ctx.log);
  if (refused) return refused;
  if (!isActionId(o.actionId)) {
    o.ctx.log.warn({ actionId: o.actionId, platform: o.actor.platform }, "unknown action id");
    return { kind: "error", code: "invalid_input", error: t(locale, "error.unknown_action") };
  }
  try {
    return await execute(o, o.actionId, locale);
  } catch (error) {
    const stale = await staleButtonAnswer(o, error, locale);
    if (stale) return stale;
    return failureResult(error, locale, o.ctx.log, {
      actionId: o.actionId,
      caseId: o.caseId,
      personId: o.actor.personId,
      platform: o.actor.platform,
    });
  }
}
