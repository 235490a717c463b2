// What every use-case receives: the ports, the calendar and the platforms messages go to.
import type { WorkingCalendar } from "../domain/calendar/working-calendar.ts";
import type { Clock, FlowCatalog, Logger, Platform, Sealer, Store } from "./ports.ts";

export interface AppContext {
  store: Store;
  clock: Clock;
  calendar: WorkingCalendar;
  flows: FlowCatalog;
  sealer: Sealer;
  log: Logger;
  /** Platforms with an active adapter; each outbox message is delivered to every one of them. */
  platforms: readonly Platform[];
}

/** The person doing something, and where they did it. */
export interface Actor {
  personId: string;
  platform: Platform;
}
