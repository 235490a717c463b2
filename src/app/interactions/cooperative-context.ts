// The context the work after an ack runs with: before each store call (and each transaction) it steps aside, so
// that requests which arrived meanwhile are read and acked first. With SQLite a store call never waits on I/O, so
// without this one interaction's work held the event loop from start to end (the next click's ack waited for it).
import type { Store } from "../ports.ts";
import type { AppContext } from "../context.ts";

type StepAside = () => Promise<void>;

/** Every method of `target`, called only after `stepAside` (the methods are the store's, so all asynchronous). */
function steppingAside<T extends object>(target: T, stepAside: StepAside): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (!wrapped.has(property))
        wrapped.set(property, async (...args: unknown[]) => {
          await stepAside();
          return Reflect.apply(value, object, args);
        });
      return wrapped.get(property);
    },
  });
}

/**
 * The same context (clock, flows, sealer, … looked up live) with a store that steps aside before each call. Inside a
 * transaction nothing steps aside: an ack's insert must never land in another interaction's open transaction.
 */
export function cooperativeContext(ctx: AppContext, stepAside: StepAside): AppContext {
  const store = ctx.store;
  const cooperative: Store = {
    read: steppingAside(store.read, stepAside),
    outbox: steppingAside(store.outbox, stepAside),
    chat: steppingAside(store.chat, stepAside),
    forms: steppingAside(store.forms, stepAside),
    inbox: steppingAside(store.inbox, stepAside),
    async transaction(work) {
      await stepAside();
      return store.transaction(work);
    },
    async releaseErased() {
      await stepAside();
      return store.releaseErased();
    },
  };
  // Live, not copied: tests replace ctx.clock on the running app, and the work must see that clock. (Getters in a
  // literal are enumerable, so a spread such as readOnlyRequest's copies them as it would the plain context.)
  return {
    store: cooperative,
    get clock() {
      return ctx.clock;
    },
    get calendar() {
      return ctx.calendar;
    },
    get flows() {
      return ctx.flows;
    },
    get sealer() {
      return ctx.sealer;
    },
    get log() {
      return ctx.log;
    },
    get platforms() {
      return ctx.platforms;
    },
  };
}
