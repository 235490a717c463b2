// The English twins of nl-teams.ts (the type makes a missing sentence a build error).
import type { nlTeams } from "./nl-teams.ts";

export const enTeams: Record<keyof typeof nlTeams, string> = {
  // Teams activity feed (a lock screen may show it: reference, kind and step only) and forms as dialogs.
  "teams.feed.reminder": "Reminder for case {reference}: ‘{step}’ is waiting for you.",
  "teams.feed.escalation": "Escalation for case {reference}: ‘{step}’ has stalled.",
  "teams.dialog.open": "Open the form",
  "teams.dialog.lead": "The form opens in a dialog.",
  "teams.more_actions": "More actions",
  "teams.unlinked":
    "Your Teams account is not linked to anyone on the Schakel roster yet. We link by e-mail address, but yours is not on the roster. Ask the coordinator to link your account. Nothing was changed.",
  "teams.wrong_tenant": "This Schakel installation belongs to another organisation. Nothing was changed.",
  "teams.already_handled": "This was already handled; nothing was done twice.",
  "teams.back": "Back to the case",
  "teams.welcome":
    "Welcome to Schakel, {name}. From now on you receive your cases, reminders and escalations here. Type ‘help’ to see what I can do.",
  "teams.help":
    "Schakel helps the corporation, care provider and municipality work together on nuisance, threatened evictions and second chances.\n• {commands}: new case\n• mijn taken: your open tasks\n• status <reference>: state of a case\n• rooster [municipality]: contacts, deputies and who is away\n• afwezig <from> <to>: record your absence\n• help: this help\nIn a channel, mention @Schakel first.",
  "teams.unknown_command": "I do not understand that. Type ‘help’ to see what I can do.",
  "teams.waiting_privately":
    "A private message about case {reference} is waiting for you. Add Schakel as a personal app in Teams to read it: this channel only shows what everyone here may see.",
  "teams.not_installed":
    "{name} has not installed the Schakel app personally in Teams yet, so they are reached with a mention in the channel. Please ask {name} to add the app.",
  "teams.processing_case": "Processing… The card of {reference} will be updated shortly.",
  "teams.processing_report":
    "Your report is being processed… The confirmation with the case reference follows in your chat with Schakel.",
  "teams.not_processed": "Your action on {reference} was not carried out: {reason}",
  "teams.report_not_processed": "Your report was not created: {reason}",
  "teams.fix_and_send_again": "{errors} Open the form again, correct it and send it once more.",
  "teams.choose_in_form": "Choose below and send the form.",
};
