// What the routed parties' private details view shows of external participants: each one's name and contact
// (opened with the case key) and, on the timeline, which entries an external made or a party made on their behalf.
import { externalParticipants } from "../../domain/case/external-access.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { t } from "../../i18n/messages.ts";
import type { CaseBox, CaseEventRecord } from "../ports.ts";
import { EXTERNAL_EVENT_TYPES, roleOf } from "./external-state.ts";

export function externalDetailFields(flow: Flow, events: readonly CaseEventRecord[], box: CaseBox) {
  const list = externalParticipants(events.filter((e) => EXTERNAL_EVENT_TYPES.includes(e.type)));
  return list.map((p) => {
    const added = events.find((e) => e.type === "external.added" && e.data.number === p.number);
    const body = added?.sealed ? box.open<{ name?: string; contact?: string }>(added.sealed) : {};
    const person = [body.name, body.contact].filter(Boolean).join(", ") || "—";
    const role = roleOf(flow, p.roleId)?.label ?? p.roleId;
    return {
      label: t("nl", "details.external", { number: p.number, role }),
      value: p.removedAt ? t("nl", "details.external_removed", { person }) : person,
    };
  });
}

/** "Zorggroep Kompas namens Wijkteammedewerker (extern)", or the role alone when the external acted; else null. */
export function externalAuthor(flow: Flow, data: Record<string, unknown>, organisation: string): string | null {
  const external = data.external;
  if (!external || typeof external !== "object" || !("role" in external) || typeof external.role !== "string")
    return null;
  const role = roleOf(flow, external.role)?.label ?? external.role;
  return data.onBehalf ? t("nl", "details.on_behalf", { organisation, role }) : t("nl", "view_log.external", { role });
}
