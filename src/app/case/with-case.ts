// The opening every use-case on one case repeats: in one transaction, the acting person (known and active) and
// the case (found, and still open where the use-case needs that). Who may act stays with each use-case.
import type { Actor, AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { requireCase, requireOpen, requirePerson } from "./case-routing.ts";

export type ActingPerson = Awaited<ReturnType<typeof requirePerson>>;

export interface CaseOpening {
  actor: Actor;
  caseId: string;
  /** true: a closed case is refused ("error.case_closed"); false: closed cases too (notes, details, AVG). */
  mustBeOpen: boolean;
}

export interface OpenedCase {
  tx: StoreTx;
  person: ActingPerson;
  c: CaseRecord;
}

/** Inside a transaction already: an unknown or inactive person, then a missing or closed case, is refused. */
export async function openCase(tx: StoreTx, { actor, caseId, mustBeOpen }: CaseOpening): Promise<OpenedCase> {
  const person = await requirePerson(tx, actor.personId);
  const c = await requireCase(tx, caseId);
  if (mustBeOpen) requireOpen(c);
  return { tx, person, c };
}

/** Runs `work` in one transaction on the opened case. */
export function withCase<T>(
  ctx: AppContext,
  opening: CaseOpening,
  work: (opened: OpenedCase) => Promise<T>,
): Promise<T> {
  return ctx.store.transaction(async (tx) => work(await openCase(tx, opening)));
}
