// The Dutch sentences of the flow engine's routes: branches, paused clocks, branch outcomes, evaluation windows.

export const nlFlow = {
  "notice.branch_started": "Route ‘{branch}’ is gestart.",
  "notice.branch_started_dm": "Bij melding {reference} is route ‘{branch}’ gestart.",
  "notice.branch_ended": "Route ‘{branch}’ is beëindigd.",
  "notice.branch_done": "Alle stappen van route ‘{branch}’ zijn gedaan.",
  "notice.branch_outcome": "{organisation} heeft de uitkomst van route ‘{branch}’ vastgelegd: {outcome}.",
  "notice.clocks_paused": "Zolang ‘{step}’ loopt, staan de andere termijnen van deze melding stil.",
  "notice.clocks_resumed": "‘{step}’ is klaar: de andere termijnen lopen weer ({days} werkdagen later dan gepland).",
  "card.branches": "Routes",
  "card.branch_running": "{branch}: {step}",
  "card.branch_waiting": "{branch}: wacht ({step} geblokkeerd)",
  "card.branch_ended": "{branch}: {outcome}",
  "card.branch_awaiting_outcome": "{branch}: stappen gedaan, uitkomst nog vast te leggen",
  "card.branch_ended_plain": "{branch}: beëindigd",
  "card.paused": "Gepauzeerd",
  "card.paused_value": "Termijnen staan stil zolang ‘{step}’ loopt",
  "card.paused_item": "gepauzeerd",
  "action.case.branch_outcome": "Uitkomst route vastleggen",
  "form.branch_outcome.title": "Uitkomst van een route vastleggen",
  "field.branch_outcome": "Route en uitkomst",
  "form.opt_in.branch": "Route: {branch}",
  "error.branch_not_running": "Route ‘{branch}’ loopt niet (meer).",
  "error.evaluation_too_early":
    "De evaluatie van {moment} kan pas vanaf {opens} worden vastgelegd. Leg haar vast rond het moment zelf.",
  "details.branch_outcome": "Uitkomst route ‘{branch}’",
};
