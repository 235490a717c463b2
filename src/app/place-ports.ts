// Where a person's messages go, read for many people at once: the sweep reads it once per person per sweep and
// hands it to the outbox with its batch, instead of the outbox reading it again for every batch.
import type { Platform } from "./ports.ts";

/** Per person, the platforms their messages go to: their one place when it is running, else none. */
export type PeoplePlaces = ReadonlyMap<string, readonly Platform[]>;

export interface PlaceReads {
  peoplePlaces(personIds: readonly string[], running: readonly Platform[]): Promise<PeoplePlaces>;
}
