// `/schakel extern <referentie> [toevoegen <rol> <naam>[; contact] | verwijderen <E1> | namens <E1> [notitie]]`:
// a party manages the case's external participants and records on their behalf (on every platform alike).
import { t, type Locale } from "../../i18n/messages.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import { standingOfActor } from "../case/case-routing.ts";
import { isInvolved } from "../../domain/case/authorization.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { addExternalParticipant, requireCaseByReference } from "../external/add-external-participant.ts";
import { completeStepOnBehalf } from "../external/complete-external-step.ts";
import { removeExternalParticipant } from "../external/remove-external-participant.ts";
import { loadExternals, roleOf } from "../external/external-state.ts";
import type { InteractionResult } from "./result.ts";

const message = (text: string): InteractionResult => ({ kind: "message", message: { text } });

/** The case's external participants by number and role (names only in the logged details view). */
async function list(ctx: AppContext, actor: Actor, reference: string, locale: Locale): Promise<InteractionResult> {
  const read = ctx.store.read;
  const c = await requireCaseByReference(read, reference);
  if (!isInvolved((await standingOfActor(read, c, actor.personId)).standing))
    throw new AppError("not_allowed", "error.not_allowed", {}, `${actor.personId} is not on ${c.reference}`);
  const flow = await ctx.flows.forCase(c);
  const all = await loadExternals(read, c.id);
  if (all.length === 0) return message(t(locale, "cmd.external.none", { reference: c.reference }));
  const lines = all.map((p) =>
    t(locale, "cmd.external.line", {
      number: p.number,
      role: roleOf(flow, p.roleId)?.label ?? p.roleId,
      at: formatDeadline(p.addedAt, ctx.calendar, locale),
      state: p.removedAt ? t(locale, "cmd.external.line_removed") : "",
    }),
  );
  return message([t(locale, "cmd.external.header", { reference: c.reference }), ...lines].join("\n"));
}

export async function externalCommand(
  ctx: AppContext,
  actor: Actor,
  args: string[],
  locale: Locale,
): Promise<InteractionResult> {
  const [reference, verb, target, ...more] = args;
  if (!reference) return message(t(locale, "cmd.external.usage"));
  switch ((verb ?? "").toLowerCase()) {
    case "":
      return list(ctx, actor, reference, locale);
    case "toevoegen":
    case "add": {
      const [name = "", contact] = more.join(" ").split(";");
      const added = await addExternalParticipant({ ctx, actor, reference, role: target ?? "", name, contact });
      return message(t(locale, "cmd.external.added", added));
    }
    case "verwijderen":
    case "remove": {
      const removed = await removeExternalParticipant({ ctx, actor, reference, participant: target ?? "" });
      return { kind: "done", text: t(locale, "cmd.external.removed", removed) };
    }
    case "namens":
    case "on-behalf": {
      const note = more.join(" ");
      const done = await completeStepOnBehalf({ ctx, actor, reference, participant: target ?? "", note });
      return { kind: "done", text: t(locale, "cmd.external.on_behalf_done", done) };
    }
    default:
      return message(t(locale, "cmd.external.usage"));
  }
}
