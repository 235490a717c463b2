// Use-case: opschalen by hand, one level up, with a reason.
import type { Actor, AppContext } from "./context.ts";
import { changeLevel } from "./case/change-level.ts";

export function escalateCase(options: { ctx: AppContext; actor: Actor; caseId: string; reason: unknown }) {
  return changeLevel({ ...options, direction: 1 });
}
