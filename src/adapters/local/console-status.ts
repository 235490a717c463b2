// The HTTP status of each refusal on the console; typed by the code union, so a new code must get one here.
import type { RefusalCode } from "../../app/interactions/result.ts";

export const STATUS: Record<RefusalCode, 400 | 403 | 404 | 409 | 422 | 500> = {
  not_allowed: 403,
  unknown_person: 403,
  not_found: 404,
  invalid_state: 409,
  conflict: 409,
  stale: 409,
  invalid_input: 422,
  internal: 500,
};
