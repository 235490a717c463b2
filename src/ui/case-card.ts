// The case card: what a shared channel and a contact's DM show of a case. Structured values only.
import { t, type Locale } from "../i18n/messages.ts";
import type { CaseSummary } from "./view-models/case-summary.ts";
import type { Card, CardAction, CardField, ActionId } from "./card.ts";

export interface CaseCardOptions {
  locale: Locale;
  formatDate: (at: Date) => string;
  /** "channel": the shared channel's card, only what the flow's channelCard declares (need to know);
   *  "parties": the card in a routed party's messages and private answers, everything structured. */
  audience: CardAudience;
}
export type CardAudience = "channel" | "parties";

/** A card field with the channel item that allows it: none (the minimum), an item name, or "parties-only". */
type Tagged = CardField & { item?: string };

function stepAction(s: CaseSummary): ActionId | null {
  if (!s.step) return null;
  if (s.step.everyParty && s.extras.stepKind === "task") return "case.acknowledge";
  return (
    (
      { decision: "case.advise", conditions: "case.record_conditions", evaluation: "case.evaluate" } as Record<
        string,
        ActionId
      >
    )[s.extras.stepKind ?? ""] ?? "case.complete_step"
  );
}

function actionsFor(s: CaseSummary, locale: Locale): CardAction[] {
  const action = (id: ActionId, style?: CardAction["style"]): CardAction => ({
    id,
    label: t(locale, `action.${id}`),
    ...(style ? { style } : {}),
  });
  if (s.status === "closed") return [action("case.details"), action("case.reopen")];
  const main = stepAction(s);
  const list: CardAction[] = main && !s.extras.blocked ? [action(main, "primary")] : [];
  if (s.open.some((o) => !s.step || o.step !== s.step.label) && main !== "case.complete_step")
    list.push(action("case.complete_step"));
  list.push(action("case.details"), action("case.add_note"));
  // Both flag buttons whenever the flow has flags: which one shows must not tell the channel a flag is set.
  const hasFlags = s.extras.flagsUnset.length + s.extras.flagsSet.length > 0;
  if (hasFlags) list.push(action("case.set_flag"), action("case.lift_flag"));
  if (s.extras.hasDates) list.push(action("case.enter_dates"));
  const optional = s.extras.optionalAvailable;
  // One programme to start: the button names it ("Start: Betalingsregeling") instead of a bare "Traject starten".
  const [only] = optional;
  const named = optional.length === 1 && only ? t(locale, "action.case.opt_in_named", { step: only.label }) : null;
  if (named) list.push({ id: "case.opt_in", label: named });
  else if (optional.length) list.push(action("case.opt_in"));
  for (const kind of s.extras.branchStepKinds ?? []) {
    const id = kind === "evaluation" ? "case.evaluate" : "case.record_conditions";
    if (!list.some((a) => a.id === id)) list.push(action(id));
  }
  const extendable = (s.extras.stepKind === "evaluation" && s.extras.extendable) || s.extras.branchExtendable;
  if (extendable) list.push(action("case.extend_trial"));
  if (s.extras.hasEvents) list.push(action("case.record_event"));
  if (s.extras.branchOutcomesOpen) list.push(action("case.branch_outcome"));
  if (!s.level.top) list.push(action("case.escalate", "danger"));
  if (s.level.index > 0) list.push(action("case.deescalate"));
  list.push(action("case.close"));
  return list;
}

/** "<deputy> (<contact> afwezig t/m vr 4 dec)", with the organisation in front when there are several. */
function actingField(s: CaseSummary, { locale, formatDate }: CaseCardOptions): CardField | null {
  if (!s.acting.length) return null;
  const day = (d: Date) => formatDate(d).replace(/ \d\d:\d\d$/, "");
  const values = s.acting.map((a) => {
    const text =
      "acting" in a
        ? t(locale, "card.acting_value", { acting: a.acting, absent: a.absent, until: day(a.until) })
        : t(locale, "card.acting_nobody", {
            away: a.away.map((p) => t(locale, "card.away_item", { name: p.name, until: day(p.until) })).join(", "),
          });
    return s.acting.length > 1 ? `${a.organisation}: ${text}` : text;
  });
  return { label: t(locale, "card.acting"), value: values.join("; ") };
}

function branchText(lines: CaseSummary["extras"]["branches"], locale: Locale): string {
  return lines
    .map((b) => {
      if (b.state === "ended")
        return b.outcome
          ? t(locale, "card.branch_ended", { branch: b.branch, outcome: b.outcome })
          : t(locale, "card.branch_ended_plain", { branch: b.branch });
      if (b.state === "awaiting_outcome") return t(locale, "card.branch_awaiting_outcome", { branch: b.branch });
      const key = b.state === "waiting" ? "card.branch_waiting" : "card.branch_running";
      return t(locale, key, { branch: b.branch, step: b.step });
    })
    .join("\n");
}

function extraFields(s: CaseSummary, { locale, formatDate }: CaseCardOptions): Tagged[] {
  const x = s.extras;
  const fields: Tagged[] = [];
  // Flags (the tenant's objection) and what they block are for the parties on the case: see the details view.
  for (const hold of x.holds) fields.push({ label: t(locale, "card.on_hold"), value: hold, item: "parties-only" });
  if (x.paused)
    fields.push({ label: t(locale, "card.paused"), value: t(locale, "card.paused_value", { step: x.paused }) });
  if (x.branches.length)
    fields.push({ label: t(locale, "card.branches"), value: branchText(x.branches, locale), item: "parties-only" });
  for (const c of x.countdown)
    fields.push({
      label: c.label,
      value: t(locale, "card.countdown_value", {
        days: c.workingDays,
        date: formatDate(c.date).replace(/ \d\d:\d\d$/, ""),
      }),
      item: "parties-only",
    });
  if (x.advice)
    fields.push({ label: t(locale, "card.advice"), value: t(locale, "card.advice_value", x.advice), item: "advice" });
  const only = "parties-only";
  if (x.decision) fields.push({ label: t(locale, "card.decision"), value: x.decision, item: only });
  if (x.conditions.length)
    fields.push({ label: t(locale, "card.conditions"), value: x.conditions.join("; "), item: only });
  if (x.evaluations) {
    const next = x.evaluations.next
      ? `, ${t(locale, "card.evaluations_next", { date: formatDate(x.evaluations.next) })}`
      : "";
    const outcomes = x.evaluations.outcomes.length ? ` (${x.evaluations.outcomes.join("; ")})` : "";
    fields.push({
      label: t(locale, "card.evaluations"),
      value: `${t(locale, "card.evaluations_value", { done: x.evaluations.done, total: x.evaluations.total })}${next}${outcomes}`,
      item: only,
    });
  }
  if (x.linkedAgreement) fields.push({ label: t(locale, "card.linked"), value: x.linkedAgreement, item: only });
  return fields;
}

/** Overdue steps and the escalation ladder's reach, marked for attention. */
function attentionFields(s: CaseSummary, locale: Locale): Tagged[] {
  const fields: Tagged[] = [];
  const overdue = s.open.filter((o) => o.overdue).map((o) => `${o.organisation} · ${o.step}`);
  if (overdue.length) fields.push({ label: t(locale, "card.overdue_field"), value: overdue.join("; "), tone: "alert" });
  if (s.ladder) {
    const value =
      s.ladder.notify === "organisation"
        ? t(locale, "card.ladder.organisation", { organisation: s.ladder.label ?? t(locale, "card.ladder.other") })
        : t(locale, `card.ladder.${s.ladder.notify as "owner" | "deputy" | "coordinator"}`);
    fields.push({ label: t(locale, "card.ladder"), value, tone: "alert", item: "escalation" });
  }
  return fields;
}

/** Whether a field may be on the card for `audience`: the minimum always, declared items only in the channel. */
function allowed(field: Tagged, s: CaseSummary, audience: CardAudience): boolean {
  if (audience === "parties" || field.item === undefined) return true;
  return field.item !== "parties-only" && s.channelCard.show.includes(field.item);
}

function statusFields(s: CaseSummary, options: CaseCardOptions): Tagged[] {
  const { locale, formatDate } = options;
  if (s.status === "closed")
    return [
      { label: t(locale, "card.status"), value: t(locale, "status.closed") },
      { label: t(locale, "card.outcome"), value: s.outcome ?? "—", item: "outcome" },
    ];
  const fields: Tagged[] = [
    { label: t(locale, "card.step"), value: s.step?.label ?? t(locale, "card.ready_to_close") },
  ];
  const when = (o: CaseSummary["open"][number]) =>
    o.paused
      ? t(locale, "card.paused_item")
      : `${formatDate(o.dueAt)}${o.overdue ? `, ${t(locale, "card.overdue")}` : ""}`;
  const waiting = s.open.map((o) => `${o.organisation}${o.step !== s.step?.label ? ` · ${o.step}` : ""} (${when(o)})`);
  if (waiting.length) fields.push({ label: t(locale, "card.waiting"), value: waiting.join("; ") });
  const acting = actingField(s, options);
  if (acting) fields.push({ ...acting, item: "acting" });
  // Who the bot cannot reach is about the staff, not the household: part of who must act.
  if (s.unreachable.length) fields.push({ label: t(locale, "card.unreachable"), value: s.unreachable.join(", ") });
  fields.push(...attentionFields(s, locale));
  return fields;
}

export function renderCaseCard(s: CaseSummary, options: CaseCardOptions): Card {
  const { locale } = options;
  const fields: Tagged[] = [
    { label: t(locale, "card.municipality"), value: s.municipality },
    ...s.publicFields.map((f) => ({ label: f.label, value: f.value, item: f.id })),
    ...statusFields(s, options),
    ...extraFields(s, options),
  ];
  const acknowledged = s.parties.filter((p) => p.acknowledged).map((p) => p.organisation);
  if (s.hasAcknowledgement)
    fields.push({
      label: t(locale, "card.acknowledged"),
      value: acknowledged.length ? acknowledged.join(", ") : t(locale, "card.nobody"),
    });
  const parties = s.parties.map((p) => `${p.label}: ${p.organisation}`).join("; ");
  fields.push({ label: t(locale, "card.parties"), value: parties, item: "parties" });
  fields.push({ label: t(locale, "card.level"), value: s.level.label, item: "level" });
  if (s.privacy === "restricted" || s.privacy === "erased")
    fields.push({ label: t(locale, "card.privacy"), value: t(locale, `card.privacy.${s.privacy}`) });
  return {
    title: `${s.reference} · ${s.flowTitle}`,
    subtitle: `${s.municipality} · ${t(locale, s.status === "open" ? "status.open" : "status.closed")}`,
    fields: fields.filter((f) => allowed(f, s, options.audience)).map(({ item: _item, ...field }) => field),
    actions: actionsFor(s, locale),
    footer: t(locale, "card.footer"),
    revision: s.revision,
  };
}
