// The one escape from typing in the tests: JSON parsed from a fake platform or an HTTP response. Tests read its
// fields directly and a wrong shape fails the assertion that reads it, so each endpoint's shape is not restated.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON is read field by field in assertions (see above)
export type Parsed = any;
