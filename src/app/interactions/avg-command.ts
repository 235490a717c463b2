// "/schakel avg inzage|rectificatie|wissen|beperken|opheffen <referentie> <reden>": the resident's AVG rights,
// each carried out by a coordinator (rectification by a routed contact) with a recorded reason.
import { t, type Locale } from "../../i18n/messages.ts";
import type { Card } from "../../ui/card.ts";
import { eraseDetails } from "../avg/erase-details.ts";
import { exportResidentData, type ResidentExport } from "../avg/export-resident-data.ts";
import { restrictDetails } from "../avg/restrict-details.ts";
import type { Actor, AppContext } from "../context.ts";
import type { InteractionResult } from "./result.ts";
import { runAction } from "./run-action.ts";

const SUBCOMMANDS: Record<string, "access" | "rectify" | "erase" | "restrict" | "lift"> = {
  inzage: "access",
  access: "access",
  rectificatie: "rectify",
  corrigeren: "rectify",
  rectify: "rectify",
  wissen: "erase",
  erase: "erase",
  beperken: "restrict",
  restrict: "restrict",
  opheffen: "lift",
  lift: "lift",
};

/** The access overview as a private view: one field per case, its details, dates and flags a line each. */
function accessView(data: ResidentExport, locale: Locale): Card {
  const fields = data.cases.map((c) => {
    const status = c.erased ? t(locale, "avg.access.erased") : c.status;
    const lines = [
      ...Object.entries(c.details).map(([k, v]) => `${k}: ${v || "—"}`),
      ...Object.entries(c.dates).map(([k, v]) => `${k}: ${v}`),
      ...c.flags,
    ];
    return {
      label: t(locale, "avg.access.case", { reference: c.reference, flow: c.flow, status }),
      value: lines.join("\n") || "—",
    };
  });
  return {
    title: t(locale, "avg.access.title", { reference: data.reference }),
    fields,
    actions: [],
    footer: t(locale, "avg.access.footer", { reference: data.reference }),
  };
}

export async function avgCommand(
  ctx: AppContext,
  actor: Actor,
  args: string[],
  locale: Locale,
): Promise<InteractionResult> {
  const [sub, ref, ...words] = args;
  const kind = SUBCOMMANDS[(sub ?? "").toLowerCase()];
  if (!kind || !ref) return { kind: "message", message: { text: t(locale, "avg.usage") } };
  const c = await ctx.store.read.caseByReference(ref.toUpperCase());
  if (!c)
    return { kind: "error", code: "not_found", error: t(locale, "error.reference_not_found", { reference: ref }) };
  const reason = words.join(" ");
  const done = (text: string): InteractionResult => ({ kind: "done", text, caseRef: c.reference });
  switch (kind) {
    case "access":
      return { kind: "view", view: accessView(await exportResidentData({ ctx, actor, caseId: c.id, reason }), locale) };
    case "rectify":
      return runAction({ ctx, actor, actionId: "case.rectify", caseId: c.id });
    case "erase":
      await eraseDetails({ ctx, actor, caseId: c.id, reason });
      return done(t(locale, "avg.erased.done", { reference: c.reference }));
    case "restrict":
    case "lift":
      await restrictDetails({ ctx, actor, caseId: c.id, reason, lift: kind === "lift" });
      return done(t(locale, kind === "lift" ? "avg.lifted.done" : "avg.restricted.done", { reference: c.reference }));
  }
}
