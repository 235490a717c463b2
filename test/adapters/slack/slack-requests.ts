// Signed requests as Slack sends them to the Bolt app: slash commands, interactions (payload=...) and events.
import type { Parsed } from "../../support/parsed.ts";
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export const CHANNELS = { shared: "CCASUS01", coordinators: "CCOORD01" };
export const slackUserId = (personId: string) => `U${personId.replace(/[^a-z0-9]/gi, "").toUpperCase()}`;

export interface SendOptions {
  secret?: string;
  timestamp?: number;
  retryNum?: number;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** An Enterprise Grid org the requests come from, and whether Schakel was installed org-wide there. */
export interface GridOrg {
  enterpriseId: string;
  orgWide: boolean;
}

export function slackRequests(endpoint: string, fakeUrl: string, teamId = "TTEAM", grid?: GridOrg) {
  let n = 0;
  const send = async (body: string, contentType: string, o: SendOptions = {}) => {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": sign(body, timestamp, o.secret),
      ...(o.retryNum ? { "x-slack-retry-num": String(o.retryNum), "x-slack-retry-reason": "http_timeout" } : {}),
    };
    const response = await fetch(endpoint, { method: "POST", headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Parsed) : null };
  };
  const interaction = (payload: object, o?: SendOptions) =>
    send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", o);
  // Ids stay unique across the request makers of several workspaces (a repeated trigger id is a replay).
  const tag = teamId === "TTEAM" ? "" : `-${teamId}`;
  const ids = () => {
    n++;
    return {
      trigger_id: `${n}${tag}.TRIGGER`,
      response_url: `${fakeUrl}/response/r${n}${tag}`,
      response_id: `r${n}${tag}`,
    };
  };
  const team = { id: teamId, domain: "schakel", ...(grid ? { enterprise_id: grid.enterpriseId } : {}) };
  // Slack names the org in every payload of a Grid workspace (a string in slash commands, a boolean elsewhere).
  const org = grid ? { enterprise: { id: grid.enterpriseId }, is_enterprise_install: grid.orgWide } : {};
  const orgFields: Record<string, string> = grid
    ? { enterprise_id: grid.enterpriseId, is_enterprise_install: String(grid.orgWide) }
    : {};

  return {
    send,
    ids,
    command(user: string, command: string, text = "", channel = CHANNELS.shared, o?: SendOptions) {
      const id = ids();
      const body = new URLSearchParams({
        token: "legacy",
        team_id: team.id,
        team_domain: team.domain,
        channel_id: channel,
        channel_name: "x",
        user_id: user,
        user_name: user,
        command,
        text,
        api_app_id: "AAPP",
        response_url: id.response_url,
        trigger_id: id.trigger_id,
        ...orgFields,
      }).toString();
      return send(body, "application/x-www-form-urlencoded", o).then((r) => ({ ...r, ...id }));
    },
    submitView(user: string, view: Parsed, values: Record<string, string>, o?: SendOptions) {
      const state: Record<string, Parsed> = {};
      for (const block of view.blocks.filter((b: Parsed) => b.type === "input")) {
        const type = block.element.type;
        const v = values[block.block_id];
        const input =
          type === "static_select"
            ? { type, selected_option: v ? { value: v, text: { type: "plain_text", text: v } } : null }
            : type === "datepicker"
              ? { type, selected_date: v ?? null }
              : type === "checkboxes"
                ? { type, selected_options: v === "true" ? [{ value: "true" }] : [] }
                : { type, value: v ?? null };
        state[block.block_id] = { [block.element.action_id]: input };
      }
      const payload = {
        type: "view_submission",
        team,
        ...org,
        user: { id: user, team_id: team.id },
        api_app_id: "AAPP",
        trigger_id: ids().trigger_id,
        view: { ...view, state: { values: state }, hash: "h", team_id: team.id, app_id: "AAPP", bot_id: "BBOT" },
      };
      return interaction(payload, o);
    },
    pressButton(
      user: string,
      message: { channel: string; ts: string },
      button: { action_id: string; value: string; block_id?: string },
      o?: SendOptions & { actionTs?: string },
    ) {
      const id = ids();
      const payload = {
        type: "block_actions",
        team,
        ...org,
        user: { id: user, team_id: team.id },
        api_app_id: "AAPP",
        trigger_id: id.trigger_id,
        response_url: id.response_url,
        container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
        channel: { id: message.channel, name: "x" },
        message: { ts: message.ts, type: "message", text: "" },
        actions: [
          {
            type: "button",
            action_id: button.action_id,
            block_id: button.block_id ?? "b",
            value: button.value,
            text: { type: "plain_text", text: "x" },
            action_ts: o?.actionTs ?? `1700000${n}.000001`,
          },
        ],
      };
      return interaction(payload, o).then((r) => ({ ...r, ...id }));
    },
    messageShortcut(user: string, channel: string, messageText: string) {
      const id = ids();
      const payload = {
        type: "message_action",
        callback_id: "report_from_message",
        team,
        ...org,
        user: { id: user, team_id: team.id },
        channel: { id: channel, name: "x" },
        message: { type: "message", ts: "1699999999.000001", text: messageText, user: "UOTHER" },
        message_ts: "1699999999.000001",
        trigger_id: id.trigger_id,
        response_url: id.response_url,
        action_ts: "1700000000.1",
      };
      return interaction(payload).then((r) => ({ ...r, ...id }));
    },
    event(event: object, o?: SendOptions & { eventId?: string }) {
      const body = JSON.stringify({
        token: "legacy",
        team_id: team.id,
        api_app_id: "AAPP",
        type: "event_callback",
        event_id: o?.eventId ?? `Ev${++n}`,
        event_time: 1700000000,
        event,
        ...(grid
          ? {
              enterprise_id: grid.enterpriseId,
              authorizations: [
                {
                  enterprise_id: grid.enterpriseId,
                  team_id: grid.orgWide ? null : team.id,
                  is_enterprise_install: grid.orgWide,
                },
              ],
            }
          : {}),
      });
      return send(body, "application/json", o);
    },
  };
}
export type SlackRequests = ReturnType<typeof slackRequests>;
