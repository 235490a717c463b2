// "/schakel afwezig": list absences; "<van> <tot>" for yourself; "<persoon> <van> <tot>" as a coordinator;
// "stop [persoon]" ends one early. Dates as d-m-jjjj, dd-mm-jjjj or jjjj-mm-dd; the last day is included.
import { t, type Locale } from "../../i18n/messages.ts";
import type { Actor, AppContext } from "../context.ts";
import { endAbsence } from "../absence/end-absence.ts";
import { absenceDays } from "../absence/format-day.ts";
import { listAbsences } from "../absence/list-absences.ts";
import { recordAbsence } from "../absence/record-absence.ts";
import { actingFor } from "../absence/acting.ts";
import { municipalityName, organisationName } from "../case/notify.ts";
import { mentionedAccount } from "../link-chat-identity.ts";
import type { InteractionResult } from "./result.ts";

const message = (text: string): InteractionResult => ({ kind: "message", message: { text } });
const STOP_WORDS = ["stop", "einde", "beeindig", "beëindig", "end"];

async function list(ctx: AppContext, actor: Actor, locale: Locale): Promise<InteractionResult> {
  const visible = await listAbsences({ ctx, actor });
  if (!visible.length) return message(t(locale, "cmd.absence.list_empty"));
  const lines = visible.map((v) =>
    t(locale, "cmd.absence.list_line", {
      name: v.person.name,
      ...absenceDays(v.absence, ctx.calendar, locale),
      now: v.now ? t(locale, "cmd.absence.now") : "",
    }),
  );
  return message([t(locale, "cmd.absence.list_header"), ...lines].join("\n"));
}

/** Per roster entry where the person is the contact: who acts on the first day away. */
async function actingLines(ctx: AppContext, personId: string, startsAt: Date, locale: Locale): Promise<string[]> {
  const read = ctx.store.read;
  const lines: string[] = [];
  for (const entry of (await read.rosterForPerson(personId)).filter((e) => e.primaryPersonId === personId)) {
    const acting = await actingFor(read, entry, startsAt);
    const name =
      acting.kind === "nobody"
        ? t(locale, "cmd.roster.acting_coordinator")
        : ((await read.person(acting.personId))?.name ?? acting.personId);
    lines.push(
      t(locale, "cmd.absence.acting_line", {
        organisation: await organisationName(read, entry.organisationId),
        municipality: await municipalityName(read, entry.municipalityId),
        acting: name,
      }),
    );
  }
  return lines;
}

/** A person as typed: id, e-mail or name, or a Slack mention (`<@U123|name>`) of a linked account. */
async function personArgument(ctx: AppContext, actor: Actor, text: string): Promise<string> {
  if (!text.startsWith("<@")) return text;
  return (await ctx.store.read.personByIdentity(actor.platform, mentionedAccount(text)))?.id ?? text;
}

export async function absenceCommand(
  ctx: AppContext,
  actor: Actor,
  args: string[],
  locale: Locale,
): Promise<InteractionResult> {
  const [first] = args;
  if (first === undefined) return list(ctx, actor, locale);
  if (STOP_WORDS.includes(first.toLowerCase())) {
    const rest = await personArgument(ctx, actor, args.slice(1).join(" "));
    const ended = await endAbsence({ ctx, actor, ...(rest ? { person: rest } : {}) });
    return message(
      t(locale, "cmd.absence.ended", { name: ended.person.name, ...absenceDays(ended.absence, ctx.calendar, locale) }),
    );
  }
  if (args.length < 2) return message(t(locale, "cmd.absence.usage"));
  const [from, to] = args.slice(-2) as [string, string];
  const person = await personArgument(ctx, actor, args.slice(0, -2).join(" "));
  const recorded = await recordAbsence({ ctx, actor, from, to, ...(person ? { person } : {}) });
  const header = t(locale, "cmd.absence.recorded", {
    name: recorded.person.name,
    ...absenceDays(recorded.absence, ctx.calendar, locale),
  });
  return message(
    [header, ...(await actingLines(ctx, recorded.person.id, recorded.absence.startsAt, locale))].join("\n"),
  );
}
