// Checks dates entered on a case against the flow's declared order (`after: <date id>`: not before that date)
// and against today (`notInPast: true`). Days are ISO strings (yyyy-mm-dd) in the region's time zone.

export interface DateRule {
  id: string;
  label: string;
  after?: string | undefined;
  notInPast?: boolean | undefined;
}

export type DateProblem =
  | { dateId: string; kind: "before"; other: string; otherDay: string }
  | { dateId: string; kind: "after"; other: string; otherDay: string }
  | { dateId: string; kind: "in_past" };

export interface CheckCaseDatesInput {
  rules: readonly DateRule[];
  /** What the person entered now, by date id. */
  entered: ReadonlyMap<string, string>;
  /** What the case already holds, by date id. */
  stored: ReadonlyMap<string, string>;
  /** Today in the region's time zone. */
  today: string;
}

/** The nearest date up the `after` chain that has a value (a missing ruling still orders hearing and eviction). */
function nearestEarlier(
  rule: DateRule,
  byId: ReadonlyMap<string, DateRule>,
  value: (id: string) => string | undefined,
): DateRule | null {
  const seen = new Set([rule.id]);
  for (let id = rule.after; id && !seen.has(id); id = byId.get(id)?.after) {
    seen.add(id);
    const earlier = byId.get(id);
    if (earlier && value(id)) return earlier;
  }
  return null;
}

/** Every problem, at most one per entered date; the entered date is blamed, so the person can correct it. */
export function checkCaseDates({ rules, entered, stored, today }: CheckCaseDatesInput): DateProblem[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const value = (id: string) => entered.get(id) ?? stored.get(id);
  const problems = new Map<string, DateProblem>();
  for (const rule of rules) {
    const day = entered.get(rule.id);
    // A stored date that has since passed may be submitted again unchanged (the form shows every date).
    const newlyInPast = day && rule.notInPast && day < today && day !== stored.get(rule.id);
    if (newlyInPast) problems.set(rule.id, { dateId: rule.id, kind: "in_past" });
  }
  for (const later of rules) {
    const earlier = nearestEarlier(later, byId, value);
    const laterDay = value(later.id);
    const earlierDay = earlier ? value(earlier.id) : undefined;
    if (!earlier || !laterDay || !earlierDay || laterDay >= earlierDay) continue;
    if (entered.has(later.id) && !problems.has(later.id)) {
      problems.set(later.id, { dateId: later.id, kind: "before", other: earlier.label, otherDay: earlierDay });
    } else if (entered.has(earlier.id) && !problems.has(earlier.id)) {
      problems.set(earlier.id, { dateId: earlier.id, kind: "after", other: later.label, otherDay: laterDay });
    }
  }
  return [...problems.values()];
}
