// The view log under `/schakel status`, for the people with standing on the case (its routed contacts, their
// deputies and coordinators) only; anyone else sees the card without it.
import { isInvolved } from "../../domain/case/authorization.ts";
import type { Locale } from "../../i18n/messages.ts";
import type { CardField } from "../../ui/card.ts";
import { viewLogField } from "../../ui/view-log-text.ts";
import { standingOfActor } from "../case/case-routing.ts";
import type { Actor, AppContext } from "../context.ts";
import type { CaseRecord } from "../ports.ts";
import { loadViewLog } from "./view-log.ts";

export async function statusViewLog(
  ctx: AppContext,
  actor: Actor,
  c: CaseRecord,
  locale: Locale,
): Promise<CardField | null> {
  const { standing } = await standingOfActor(ctx.store.read, c, actor.personId);
  if (!isInvolved(standing)) return null;
  return viewLogField(await loadViewLog(ctx.store.read, c.id), ctx.calendar.zone, locale);
}
