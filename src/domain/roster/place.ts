// One person, one place: the one platform a person's private messages go to, decided from their preferred
// platform in the region file, the chat accounts they have and the platforms that run. Pure.

export type Place = "local" | "slack" | "teams";

export interface PlaceFacts {
  /** `platform:` from the region file (console | slack | teams), if any. */
  preferred: string | null | undefined;
  /** The chat platforms the person has an account on (from the region file or linked in chat). */
  accounts: readonly string[];
  /** The platforms this installation runs; the console (`local`) always runs. */
  running: readonly string[];
}

const CHAT_ORDER: readonly Place[] = ["slack", "teams"];

const asPlace = (platform: string | null | undefined): Place | null =>
  platform === "console" || platform === "local"
    ? "local"
    : platform === "slack" || platform === "teams"
      ? platform
      : null;

/**
 * The person's place:
 * 1. their preferred platform, when it runs;
 * 2. else the first running chat platform they have an account on (Slack before Teams);
 * 3. else the console when no chat platform runs (the demo);
 * 4. else Slack when it runs (it may still find them by the e-mail their own workspace verified);
 * 5. else Teams (which reports them unreachable when it has no way to reach them).
 */
export function placeOf(facts: PlaceFacts): Place {
  const runs = (p: Place) => facts.running.includes(p);
  const preferred = asPlace(facts.preferred);
  if (preferred && runs(preferred)) return preferred;
  const account = CHAT_ORDER.find((p) => runs(p) && facts.accounts.includes(p));
  if (account) return account;
  const chat = CHAT_ORDER.filter(runs);
  return chat[0] ?? "local";
}
