// What a routed contact sees of a resident's details, as the use-case opens them (app) and the view shows them (ui).
import type { VIEW_LOG_TYPES } from "../../domain/case/view-log-types.ts";

export interface CaseDetails {
  reference: string;
  /** Personal fields and entered dates; a date's value is an ISO day (yyyy-mm-dd), formatted by the view. */
  fields: { label: string; value: string; isDate?: boolean }[];
  legalBasis: string;
  /** Sealed timeline entries (notes, reasons, advice, evaluations), oldest first. */
  notes: DetailsEntry[];
  /** Who opened (or tried to open) these details, and every AVG request, oldest first (this view included). */
  viewLog: ViewLogEntry[];
  /** The flow's texts for the viewer's parties (a letter, an agenda), rendered with the case's values. */
  texts?: { label: string; body: string }[];
}

export interface DetailsEntry {
  at: Date;
  organisation: string;
  type: string;
  text: string;
  /** The step's label, an advice, an evaluation outcome and moment: structured values of the event. */
  step?: string;
  advice?: string;
  outcome?: string;
  moment?: number;
}

export interface ViewLogEntry {
  at: Date;
  type: (typeof VIEW_LOG_TYPES)[number];
  personId: string | null;
  name: string;
  organisation: string;
  platform: string | null;
  /** Why a view was refused; the reason of an AVG request (no personal values). */
  why?: string;
  reason?: string;
}
