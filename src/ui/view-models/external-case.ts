// What an external participant sees of their one case: the role's steps and the fields the role may see; built by
// the use-case (src/app/external/view-external-case.ts), shown by the web page and the console.

export interface ExternalCaseView {
  reference: string;
  title: string;
  municipality: string;
  role: string;
  /** The role's steps: open (with a deadline), done, or not started yet. */
  steps: {
    id: string;
    label: string;
    status: "open" | "done" | "not_started";
    dueAt: Date | null;
    mayComplete: boolean;
  }[];
  fields: { label: string; value: string }[];
  /** Case events the flow lets this role record (each with a reason). */
  events: { id: string; label: string }[];
}
