// The English twins of nl-flow.ts (the type makes a missing sentence a build error).
import type { nlFlow } from "./nl-flow.ts";

export const enFlow: Record<keyof typeof nlFlow, string> = {
  "notice.branch_started": "Route ‘{branch}’ has started.",
  "notice.branch_started_dm": "On case {reference}, route ‘{branch}’ has started.",
  "notice.branch_ended": "Route ‘{branch}’ has ended.",
  "notice.branch_done": "Every step of route ‘{branch}’ is done.",
  "notice.branch_outcome": "{organisation} recorded the outcome of route ‘{branch}’: {outcome}.",
  "notice.clocks_paused": "While ‘{step}’ runs, the other deadlines of this case stand still.",
  "notice.clocks_resumed": "‘{step}’ is done: the other deadlines run again ({days} working days later than planned).",
  "card.branches": "Routes",
  "card.branch_running": "{branch}: {step}",
  "card.branch_waiting": "{branch}: waiting ({step} blocked)",
  "card.branch_ended": "{branch}: {outcome}",
  "card.branch_awaiting_outcome": "{branch}: steps done, outcome still to be recorded",
  "card.branch_ended_plain": "{branch}: ended",
  "card.paused": "Paused",
  "card.paused_value": "Deadlines stand still while ‘{step}’ runs",
  "card.paused_item": "paused",
  "action.case.branch_outcome": "Record a route's outcome",
  "form.branch_outcome.title": "Record the outcome of a route",
  "field.branch_outcome": "Route and outcome",
  "form.opt_in.branch": "Route: {branch}",
  "error.branch_not_running": "Route ‘{branch}’ is not running (any more).",
  "error.evaluation_too_early":
    "The evaluation of {moment} can be recorded from {opens}. Record it around the moment itself.",
  "error.limit_reached": "{message}",
  "view.text": "Text: {label}",
  "view.text_failed": "This text could not be composed. Ask the coordinator to check its template.",
  "form.step_fields_refused": "Check the marked fields.",
  "details.branch_outcome": "Outcome of route ‘{branch}’",
};
