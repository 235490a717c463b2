// Case references such as OV-2026-0042: pseudonymous, readable over the phone, unique per flow and year.
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, "0")}`;
}

export const referencePattern = /^[A-Z]{2,4}-\d{4}-\d{4,}$/;
