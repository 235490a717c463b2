// Use-case: afschalen by hand, one level down, with a reason.
import type { Actor, AppContext } from "./context.ts";
import { changeLevel } from "./case/change-level.ts";

export function deescalateCase(options: { ctx: AppContext; actor: Actor; caseId: string; reason: unknown }) {
  return changeLevel({ ...options, direction: -1 });
}
