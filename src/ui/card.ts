// The platform-neutral view model: cards, forms and messages. Renderers turn these into Block Kit,
// Adaptive Cards and the console's HTML. Action ids double as Slack action_id and Teams verb.

export const ACTION_IDS = [
  "case.acknowledge",
  "case.complete_step",
  "case.add_note",
  "case.escalate",
  "case.deescalate",
  "case.details",
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
  /** Rectification of the resident's details (AVG); reached through `/schakel avg rectificatie`, not a card button. */
  "case.rectify",
  "case.branch_outcome",
  /** An external participant (a Slack or Teams guest) completes their role's open step / records a case event. */
  "case.external_complete",
  "case.external_event",
] as const;
export type ActionId = (typeof ACTION_IDS)[number];
export const isActionId = (value: string): value is ActionId => (ACTION_IDS as readonly string[]).includes(value);

export interface CardAction {
  id: ActionId;
  label: string;
  style?: "primary" | "danger";
}
/** `tone: "alert"` marks what needs attention (overdue, escalated); each renderer shows it its own way. */
export interface CardField {
  label: string;
  value: string;
  tone?: "alert";
}
export interface Card {
  title: string;
  subtitle?: string;
  fields: CardField[];
  actions: CardAction[];
  footer?: string;
  /** The case revision the card shows; its buttons carry it, so an action on a case that moved on is refused. */
  revision?: number;
}

export type FormFieldType = "text" | "textarea" | "select" | "date" | "number" | "checkbox";
export interface FormField {
  id: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  value?: string;
  maxLength?: number;
}
export interface Form {
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export interface ChatMessage {
  text: string;
  card?: Card;
}
