// A typed stand-in for the non-null assertion in tests: returns the value, or fails the test with a clear message
// naming what was missing instead of a later "cannot read properties of undefined".
export function must<T>(value: T | null | undefined, what = "value"): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what} to be present, got ${value}`);
  return value;
}
