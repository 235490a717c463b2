// The English twins of nl-external.ts (the type makes a missing sentence a build error).
import type { nlExternal } from "./nl-external.ts";

export const enExternal: Record<keyof typeof nlExternal, string> = {
  "cmd.external.usage":
    "Usage: /schakel extern <reference> (who takes part from outside), /schakel extern <reference> toevoegen <role> " +
    "<name>[; <contact>], /schakel extern <reference> verwijderen <E1>, /schakel extern <reference> namens <E1> " +
    "[note].",
  "cmd.external.header": "External participants on {reference}:",
  "cmd.external.line": "E{number} {role}, added {at}{state}",
  "cmd.external.line_removed": " (removed)",
  "cmd.external.none": "No external participants take part in {reference}.",
  "cmd.external.added":
    "{role} added to {reference} as E{number}. Hand this one-time code over in person, never in a channel: " +
    "{code} (valid until {until}). With it the person signs in on Schakel's /extern page and sees this case only.",
  "cmd.external.removed": "E{number} ({role}) was removed from {reference}; their access ended at once.",
  "cmd.external.on_behalf_done": "‘{step}’ was recorded on behalf of E{number} ({role}).",
  "error.external_no_roles": "The protocol of {reference} has no external participants.",
  "error.external_unknown_role": "Unknown role ‘{role}’. Choose from: {roles}.",
  "error.external_name_required": "Give the external participant's name (after the role).",
  "error.external_not_manager": "Only the contacts of {parties} can add or remove a {role}.",
  "error.external_unknown": "{reference} has no (active) external participant {number}.",
  "error.external_no_open_step": "No step is open for {role} on {reference} now.",
  "error.external_step_not_role": "‘{step}’ is not given to you as {role}; you can only complete {steps}.",
  "error.external_code_refused":
    "This invitation code is unknown, used or expired. Ask whoever invited you for a new code.",
  "error.external_access_ended": "Your access to this case has ended.",
  "error.external_session_required": "Sign in first with the invitation code you were given.",
  "error.external_other_case": "As an external participant you only have access to case {reference}.",
  "error.external_lists_refused":
    "As an external participant you only have access to your own case; lists, channels and other cases are not " +
    "available.",
  "notice.external_added": "{organisation} added an external participant: {role}.",
  "notice.external_removed": "The external participant ({role}) no longer has access to this case.",
  "notice.external_step_completed": "‘{step}’ was completed by the external participant ({role}).",
  "notice.external_on_behalf": "{organisation} completed ‘{step}’ on behalf of the external participant ({role}).",
  "details.external": "External participant E{number} ({role})",
  "details.external_removed": "{person} (removed)",
  "details.on_behalf": "{organisation} on behalf of {role} (external)",
  "view_log.external": "External participant ({role})",
  "viewlog.external.signed_in": "signed in with the invitation code",
  "extern.page.due": " (by {at})",
  "extern.page.status.open": "open",
  "extern.page.status.done": "done",
  "extern.page.status.not_started": "not started yet",
  "extern.page.note": "Note (for the parties on the case only)",
  "extern.page.complete": "Complete",
  "extern.page.title": "{reference} · {title} ({municipality}) · you are {role}",
  "extern.page.signed_in": "Signed in for case {reference}.",
  "extern.page.heading": "Schakel · external participant",
  "extern.page.code": "Invitation code",
  "extern.page.sign_in": "Sign in",
  "extern.page.sign_out": "Sign out",
  "extern.page.steps": "Your steps",
  "error.external_event_not_role": "You cannot record this event as {role}. You can record: {events}.",
  "done.external_event": "‘{event}’ has been recorded on {reference}. The parties involved have been told.",
  "extern.page.events": "Record an event",
  "extern.page.event": "Event",
  "extern.page.reason": "Reason (for the parties involved only)",
  "extern.page.record": "Record",
  "action.case.external_complete": "Complete step",
  "action.case.external_event": "Record an event",
  "guest.card.subtitle": "{municipality} · you are {role} (external participant)",
  "guest.card.footer": "You see only this case and only what your role needs. No personal data in this message.",
  "guest.card.no_steps": "No step open for you",
  "guest.welcome":
    "Welcome. You take part in case {reference} as {role}. You get messages about your steps here; the buttons " +
    "complete them.",
  "guest.step_open": "On case {reference}, ‘{step}’ is open for you as {role}, due {deadline}.",
  "guest.access_ended": "Your access to case {reference} has ended. You get no more messages about it.",
  "guest.help":
    "As an external participant you can only see your own case here and complete your role's steps. Type " +
    "‘gebeurtenis <event> <reason>’ to record an event your role may record.",
  "guest.not_your_action":
    "As an external participant ({role}) you cannot do this; you can only complete your own steps.",
  "error.guest_is_roster":
    "This code is for someone outside the roster; you are on Schakel's roster already and work on cases as a " +
    "contact. The code was not used: give it back to whoever issued it.",
  "form.external_event.title": "Record an event on {reference}",
  "guest.teams_personal_only":
    "Send the invitation code only in your personal chat with Schakel, never in a channel. Ask whoever invited you " +
    "for a new code if others have seen it.",
  "guest.event_by_text": "Type here in the chat: gebeurtenis <code> <reason>. You can record: {events}.",
};
