// Tells the contacts of the parties already on a case something the shared channel must not see (an objection).
import type { PartyRouting } from "../../domain/case/authorization.ts";
import type { Notice } from "../ports.ts";
import type { Notifier } from "./notify.ts";

export async function tellParties(routings: PartyRouting[], notify: Notifier, notice: Notice): Promise<void> {
  for (const personId of new Set(routings.map((r) => r.primaryPersonId))) await notify.person(personId, notice);
}
