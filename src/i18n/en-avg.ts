// The English twin of nl-avg.ts: the resident's AVG rights and the view log.
import type { nlAvg } from "./nl-avg.ts";

export const enAvg: Record<keyof typeof nlAvg, string> = {
  "avg.usage":
    "Usage: /schakel avg inzage|rectificatie|wissen|beperken|opheffen <reference> <reason>. " +
    "A coordinator of the region carries out the resident's request; the reason is recorded.",
  "avg.reason_required": "Give a reason, for example ‘resident's request by letter of 12 November’. Nothing changed.",
  "avg.not_coordinator":
    "Only a coordinator of the region of {reference} can carry out a GDPR request. Nothing changed.",
  "avg.restricted.done":
    "The details of {reference} are restricted: nobody can open or change them until a coordinator lifts " +
    "the restriction.",
  "avg.lifted.done": "The restriction on the details of {reference} is lifted.",
  "avg.already_restricted": "The details of {reference} are already restricted. Nothing changed.",
  "avg.not_restricted": "The details of {reference} are not restricted. Nothing changed.",
  "avg.erased.done":
    "The personal details of {reference} are erased: the key is destroyed. The case stays with its reference and " +
    "status for the figures.",
  "avg.already_erased": "The personal details of {reference} are already erased. Nothing changed.",
  "avg.restricted_refusal":
    "The details of {reference} are restricted at the resident's request (GDPR). Nobody can open or change them " +
    "until a coordinator lifts the restriction. Your attempt is recorded.",
  "avg.erased_refusal": "The personal details of {reference} are erased. There is nothing left to open or change.",
  "avg.rectify.title": "Correct details: {reference}",
  "avg.rectify.hint": "Fill in only what changes; empty fields stay as they are.",
  "avg.rectify.nothing": "Fill in at least one field that changes.",
  "avg.rectify.not_contact": "Only the fixed contact or deputy of a party on {reference} can correct the details.",
  "avg.rectified.done":
    "The details of {reference} are corrected ({fields}). Everything is sealed again under a new key; " +
    "the old values can no longer be read.",
  "avg.access.title": "Access: everything about the household of {reference}",
  "avg.access.footer":
    "Confidential, for you only. For the resident's file: npm run avg -- inzage {reference}. " +
    "This request is in the view log.",
  "avg.access.case": "Case {reference} ({flow}, {status})",
  "avg.access.erased": "erased",
  "action.case.rectify": "Correct details",
  "card.privacy": "Details",
  "card.privacy.restricted": "Restricted (GDPR)",
  "card.privacy.erased": "Erased (GDPR)",
  "viewlog.title": "View log",
  "viewlog.empty": "Nobody has opened the details yet.",
  "viewlog.details.viewed": "opened the details",
  "viewlog.details.refused": "tried to open the details: refused",
  "viewlog.avg.access": "gave access (GDPR)",
  "viewlog.avg.rectified": "corrected the details (GDPR)",
  "viewlog.avg.restricted": "restricted the details (GDPR)",
  "viewlog.avg.lifted": "lifted the restriction (GDPR)",
  "viewlog.avg.erased": "erased the details (GDPR)",
  "viewlog.line": "{at} · {name} ({organisation}) {what}",
};
