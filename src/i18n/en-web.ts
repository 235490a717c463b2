// The English twin of nl-web.ts: the production web page.
import type { nlWeb } from "./nl-web.ts";

export const enWeb: Record<keyof typeof nlWeb, string> = {
  "web.title": "Schakel for coordinators",
  "web.signed_in_as": "Signed in as {name}",
  "web.sign_out": "Sign out",
  "web.nav.digest": "Weekly digest",
  "web.nav.roster": "Roster",
  "web.nav.cases": "Cases",
  "web.home.intro":
    "You coordinate: {regions}. Choose, per region, the weekly digest (with chart and export), the roster or the cases.",
  "web.roster.title": "Roster {region}",
  "web.roster.organisation": "Organisation",
  "web.roster.municipality": "Municipality",
  "web.roster.contact": "Contact",
  "web.roster.deputy": "Deputy",
  "web.roster.coordinator": "Coordinator",
  "web.roster.region_coordinators": "The region's coordinators: {names}",
  "web.cases.title": "Cases {region}",
  "web.cases.intro":
    "Open cases and cases closed in the last {days} days. References and structured values only, no personal data.",
  "web.cases.reference": "Reference",
  "web.cases.flow": "Protocol",
  "web.cases.step": "Step",
  "web.cases.status": "Status",
  "web.cases.level": "Level",
  "web.cases.deadlines": "Deadlines",
  "web.cases.status.open": "open",
  "web.cases.status.closed": "closed",
  "web.cases.overdue": "overdue",
  "web.cases.none": "No cases.",
  "web.refused.title": "No access",
  "web.refused.not_coordinator":
    "You are signed in, but the Schakel roster does not list you as a coordinator. This page is for coordinators only. If that is wrong, ask your region's coordinator to put your e-mail address on the roster as coordinator.",
  "web.refused.unverified":
    "Your account does not send a verified e-mail address, so we cannot find you on the roster. Ask your IT department to send the e-mail address as verified (see the manual).",
  "web.sign_in_failed": "Signing in failed or took too long. Nothing was changed; please try again.",
  "web.sign_in_unavailable":
    "Signing in is not possible right now: your organisation's sign-in page does not respond. Try again in a few minutes.",
  "web.sign_in_again": "Sign in again",
  "web.signed_out": "You are signed out.",
  "web.csrf_refused":
    "This form has expired or did not come from this page. Nothing was changed. Reload the page and try again.",
  "web.unauthenticated": "Please sign in first.",
  "web.not_found": "This page does not exist.",
};
