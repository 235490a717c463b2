// Whether a case runs or is closed; the store, the use-cases and the views share the word.
export type CaseStatus = "open" | "closed";
