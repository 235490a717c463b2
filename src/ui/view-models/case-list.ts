// One row of the coordinator's case list, as the use-case reads it (app) and the page shows it (ui).
export interface CaseListDeadline {
  organisation: string;
  dueAt: string;
  overdue: boolean;
}
export interface CaseListRow {
  reference: string;
  flow: string;
  municipality: string;
  step: string | null;
  status: "open" | "closed";
  level: number;
  reportedAt: string;
  closedAt: string | null;
  deadlines: CaseListDeadline[];
}
