// The Slack adapter: a Bolt app (HTTP receiver, or Socket Mode with an app token) wired to the use-cases,
// and the ChatPort the outbox delivers through.
import { required } from "../../domain/required.ts";
import { sharedChannelsOf } from "../../app/case/case-channel.ts";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../app/ports.ts";
import type { AdapterFactory } from "../../app/adapter-port.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { withRegionChannels } from "../region-channels.ts";
import { boltLogger } from "./bolt-logger.ts";
import { registerActions } from "./handle-actions.ts";
import { registerCommands } from "./handle-commands.ts";
import { registerHome } from "./handle-home.ts";
import { registerViews } from "./handle-views.ts";
import { slackRequestGate } from "./request-gate.ts";
import type { AppContext } from "../../app/context.ts";
import { answerUnauthorized, workspaceMiddleware } from "./slack-actor.ts";
import { checkChannelMapping, type SlackConfig } from "./slack-config.ts";
import { createInstallationStore } from "./slack-installations.ts";
import { multiWorkspaceRouting, singleWorkspaceRouting } from "./slack-routing.ts";
import { createWorkspaces } from "./slack-workspace.ts";
import { platformErrorCode } from "./slack-errors.ts";
import { createSlackPort } from "./slack-port.ts";
import { slackInboxHandler } from "./slack-inbox.ts";
import { checkSlackChannels, isDefinite } from "./check-channels.ts";
import { reportChannelProblems } from "../../app/report-channel-problems.ts";

export interface SlackAdapterFactory extends AdapterFactory {
  /** Where the HTTP receiver listens once started (null in Socket Mode or before start). */
  address(): { port: number; path: string } | null;
}

type HttpMode = Extract<SlackConfig["mode"], { kind: "http" }>;

/** The bot scopes of manifest/slack.json, asked for when a workspace installs Schakel (channels:read and
 *  groups:read let the start check that the bot can post in each mapped channel). */
const BOT_SCOPES = [
  "commands",
  "chat:write",
  "im:write",
  "users:read",
  "users:read.email",
  "channels:read",
  "groups:read",
];

// The outbox retries failed deliveries itself (honouring Retry-After), so the client never waits or retries.
const clientOptionsOf = (config: SlackConfig) => ({
  ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
});

/** Bolt's HTTP receiver; with OAuth installs it also serves the install page and the OAuth callback. */
function createReceiver(
  ctx: AppContext,
  config: SlackConfig,
  mode: HttpMode,
  logger: ReturnType<typeof boltLogger>,
): HTTPReceiver {
  const base = { signingSecret: mode.signingSecret, endpoints: mode.path, logger };
  if (!config.oauth) return new HTTPReceiver(base);
  const { clientId, clientSecret, stateSecret } = config.oauth;
  return new HTTPReceiver({
    ...base,
    clientId,
    clientSecret,
    stateSecret,
    scopes: BOT_SCOPES,
    installationStore: createInstallationStore(ctx),
    installerOptions: {
      directInstall: true,
      installPath: "/slack/install",
      redirectUriPath: "/slack/oauth_redirect",
      clientOptions: clientOptionsOf(config),
    },
  });
}

function createBoltApp(config: SlackConfig, logger: ReturnType<typeof boltLogger>, receiver: HTTPReceiver | null): App {
  const clientOptions = clientOptionsOf(config);
  // Deferred, so that a token Slack rejects fails the start (in init) instead of surfacing as an unhandled rejection.
  const common = {
    token: config.botToken ?? undefined,
    clientOptions,
    logger,
    convoStore: false as const,
    deferInitialization: true,
    extendedErrorHandler: Boolean(config.oauth),
  };
  return config.mode.kind === "socket"
    ? new App({ ...common, socketMode: true, appToken: config.mode.appToken })
    : new App({ ...common, receiver: required(receiver, "the HTTP receiver") });
}

/**
 * Serves Bolt's receiver behind the request gate, so that no Slack request can crash the process. From its arrival
 * until its answer is written, each request counts as admitting: the work of earlier interactions waits meanwhile.
 */
function listenHttp(mode: HttpMode, receiver: HTTPReceiver, log: Logger, inbox: Inbox): Promise<Server> {
  const gate = slackRequestGate({ signingSecret: mode.signingSecret, path: mode.path, log }, receiver.requestListener);
  const answered = (res: ServerResponse) => new Promise<void>((resolve) => res.once("close", resolve));
  const server = createServer((req, res) => {
    void inbox.admit(() => answered(res));
    gate(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(mode.port, () => resolve(server));
  });
}

const routingOf = (ctx: AppContext, config: SlackConfig, app: App, workspaces: ReturnType<typeof createWorkspaces>) =>
  config.oauth
    ? multiWorkspaceRouting(ctx, workspaces, config.oauth.homeWorkspace)
    : singleWorkspaceRouting(ctx, app.client);

export function createSlackAdapter(config: SlackConfig): SlackAdapterFactory {
  let bound: { port: number; path: string } | null = null;
  return {
    platform: "slack",
    address: () => bound,
    async start(ctx, tools) {
      config.channels = await withRegionChannels(ctx, "slack", config.channels);
      checkChannelMapping(
        config,
        (await ctx.store.read.regions()).flatMap((r) => [...sharedChannelsOf(r), r.coordinatorsChannel]),
      );
      const logger = boltLogger(ctx.log);
      const mode = config.mode;
      const receiver = mode.kind === "http" ? createReceiver(ctx, config, mode, logger) : null;
      const app = createBoltApp(config, logger, receiver);
      try {
        await app.init();
      } catch (error) {
        const what = config.oauth ? "the OAuth settings" : "SLACK_BOT_TOKEN";
        throw new Error(`Slack refused ${what} at start-up (auth.test: ${platformErrorCode(error) ?? String(error)})`);
      }
      const workspaces = createWorkspaces(ctx, clientOptionsOf(config));
      // Ack first: handlers record each interaction in the inbox and ack; the inbox runs the work (and delivers).
      const clients = { home: app.client, workspaces: config.oauth ? workspaces : null, flush: tools.flush };
      tools.inbox.handle("slack", slackInboxHandler(tools.inbox.workContext, clients));
      if (config.oauth) app.use(workspaceMiddleware(ctx, workspaces, config.oauth.homeWorkspace));
      registerCommands(app, ctx, tools.inbox);
      registerActions(app, ctx, tools.inbox);
      registerViews(app, ctx, tools.inbox);
      registerHome(app, ctx);
      if (config.oauth) answerUnauthorized(app, ctx);
      else app.error(async (error) => ctx.log.error({ err: error }, "Slack listener failed"));
      const channelClient = config.oauth ? await workspaces.home(config.oauth.homeWorkspace) : app.client;
      const problems = channelClient ? await checkSlackChannels(channelClient, config.channels, ctx.log) : null;
      // Coordinators hear only certain findings, once; an unanswered check tells them nothing untrue.
      if (problems?.every(isDefinite))
        await reportChannelProblems({ ctx, platform: "slack", channels: problems.map((p) => p.channel) });
      let server: Server | null = null;
      if (mode.kind === "http") {
        server = await listenHttp(mode, required(receiver, "the HTTP receiver"), ctx.log, tools.inbox);
        bound = { port: (server.address() as AddressInfo).port, path: mode.path };
        ctx.log.info({ ...bound }, "Slack adapter listening (HTTP)");
      } else {
        await app.start();
        ctx.log.info({}, "Slack adapter connected (Socket Mode)");
      }
      return {
        port: createSlackPort(ctx, routingOf(ctx, config, app, workspaces), config.channels),
        async close() {
          if (server) {
            const closing = server;
            const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
            closing.closeAllConnections();
            await closed;
          } else await app.stop();
          bound = null;
        },
      };
    },
  };
}
