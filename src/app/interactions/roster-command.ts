// "/schakel rooster [gemeente]": the roster as a private message, per municipality and organisation.
import { t, type Locale } from "../../i18n/messages.ts";
import type { Actor, AppContext } from "../context.ts";
import { formatDay } from "../absence/format-day.ts";
import { showRoster, type RosterLine } from "../show-roster.ts";
import type { InteractionResult } from "./result.ts";

function lineText(ctx: AppContext, l: RosterLine, locale: Locale): string[] {
  const none = t(locale, "cmd.roster.nobody");
  const coordinators = l.coordinators.length ? l.coordinators.join(", ") : none;
  const text = [
    t(locale, "cmd.roster.line", {
      organisation: l.organisation,
      contact: l.contact,
      deputy: l.deputy ?? none,
      coordinator:
        l.regional && l.coordinators.length ? t(locale, "cmd.roster.regional", { names: coordinators }) : coordinators,
    }),
  ];
  if (l.away.length) {
    const away = l.away
      .map((a) => t(locale, "card.away_item", { name: a.name, until: formatDay(a.until, ctx.calendar, locale) }))
      .join(", ");
    text.push(t(locale, "cmd.roster.absent", { away, acting: l.acting ?? t(locale, "cmd.roster.acting_coordinator") }));
  }
  return text;
}

export async function rosterCommand(
  ctx: AppContext,
  actor: Actor,
  args: string[],
  locale: Locale,
): Promise<InteractionResult> {
  const views = await showRoster({ ctx, actor, ...(args.length ? { municipality: args.join(" ") } : {}) });
  const blocks = views.map((v) =>
    [
      t(locale, "cmd.roster.header", { municipality: v.municipality }),
      ...(v.lines.length
        ? v.lines.flatMap((l) => lineText(ctx, l, locale))
        : [t(locale, "cmd.roster.empty", { municipality: v.municipality })]),
    ].join("\n"),
  );
  return { kind: "message", message: { text: blocks.join("\n\n") } };
}
