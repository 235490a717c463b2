// The timeline events that make up a case's view log (AVG accountability): who opened the details, and every request.
/** Timeline events that make up the view log: who opened or tried to open the details, and every AVG request. */
export const VIEW_LOG_TYPES = [
  "details.viewed",
  "details.refused",
  "avg.access",
  "avg.rectified",
  "avg.restricted",
  "avg.lifted",
  "avg.erased",
  "external.signed_in",
] as const;
