// The case card: what a shared channel and a contact's DM show of a case. Structured values only.
import { t, type Locale } from "../i18n/messages.ts";
import type { CaseSummary } from "../app/load-case-summary.ts";
import type { Card, CardAction, ActionId } from "./card.ts";

export interface CaseCardOptions { locale: Locale; formatDate: (at: Date) => string }

function actionsFor(s: CaseSummary, locale: Locale): CardAction[] {
  const action = (id: ActionId, style?: CardAction["style"]): CardAction => ({ id, label: t(locale, `action.${id}`), ...(style ? { style } : {}) });
  if (s.status === "closed") return [action("case.details"), action("case.reopen")];
  const list: CardAction[] = [];
  if (s.step?.everyParty) list.push(action("case.acknowledge", "primary"));
  else if (s.step) list.push(action("case.complete_step", "primary"));
  list.push(action("case.details"), action("case.add_note"));
  if (!s.level.top) list.push(action("case.escalate", "danger"));
  if (s.level.index > 0) list.push(action("case.deescalate"));
  list.push(action("case.close"));
  return list;
}

export function renderCaseCard(s: CaseSummary, { locale, formatDate }: CaseCardOptions): Card {
  const fields = [{ label: t(locale, "card.municipality"), value: s.municipality }, ...s.publicFields];
  if (s.status === "closed") {
    fields.push({ label: t(locale, "card.status"), value: t(locale, "status.closed") });
    fields.push({ label: t(locale, "card.outcome"), value: s.outcome ?? "—" });
  } else {
    fields.push({ label: t(locale, "card.step"), value: s.step?.label ?? t(locale, "card.ready_to_close") });
    const waiting = s.open.map((o) => `${o.organisation} (${formatDate(o.dueAt)}${o.overdue ? `, ${t(locale, "card.overdue")}` : ""})`);
    if (waiting.length) fields.push({ label: t(locale, "card.waiting"), value: waiting.join("; ") });
  }
  const acknowledged = s.parties.filter((p) => p.acknowledged).map((p) => p.organisation);
  fields.push({ label: t(locale, "card.acknowledged"), value: acknowledged.length ? acknowledged.join(", ") : t(locale, "card.nobody") });
  fields.push({ label: t(locale, "card.parties"), value: s.parties.map((p) => `${p.label}: ${p.organisation}`).join("; ") });
  fields.push({ label: t(locale, "card.level"), value: s.level.label });
  return {
    title: `${s.reference} · ${s.flowTitle}`,
    subtitle: `${s.municipality} · ${t(locale, s.status === "open" ? "status.open" : "status.closed")}`,
    fields,
    actions: actionsFor(s, locale),
    footer: t(locale, "card.footer"),
  };
}
