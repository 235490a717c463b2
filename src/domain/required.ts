// Narrows a value the surrounding code has already established is there (a checked length, a validated reference)
// and fails loudly, naming what was missing, if that invariant ever breaks, instead of a later undefined access.
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Invariant broken: ${what} is missing`);
  return value;
}
