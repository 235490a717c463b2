// The Teams adapter: a Teams SDK app (@microsoft/teams.apps) on its own HTTP listener, wired to the use-cases,
// and the ChatPort the outbox delivers through. Bot Framework tokens are always validated, except in the
// test-only unauthenticated mode, which says so loudly.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ExpressAdapter } from "@microsoft/teams.apps";
import type { AppContext } from "../../app/context.ts";
import type { AdapterFactory } from "../../app/adapter-port.ts";
import { withRegionChannels } from "../region-channels.ts";
import { checkTeamsChannels, connectorProbe } from "./check-teams-channels.ts";
import { createActivityFeed } from "./activity-feed.ts";
import { dialogConnector } from "./dialog-buttons.ts";
import { createGraphInstaller } from "./graph-install.ts";
import { createConnector } from "./teams-connector.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { teamsLogger } from "./teams-logger.ts";
import { createTeamsPort } from "./teams-port.ts";
import { registerTeamsRoutes } from "./teams-routes.ts";
import { requestAuthPlugin } from "./request-trust.ts";
import { teamsRequestGate } from "./teams-request-gate.ts";
import { teamsInboxHandler } from "./teams-inbox.ts";
import type { TeamsApp } from "./teams-app.ts";

export interface TeamsAdapterOptions {
  /** Tests only: a stand-in for Entra tokens on outgoing connector calls (instead of the client secret). */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  /** Tests only: accept activities without a Bot Framework token. Deliberately not an environment setting. */
  dangerouslyAllowUnauthenticated?: boolean;
  /**
   * Tests and the local Playground mode only: a connector on this machine, trusted as serviceUrl (a function when
   * it is known only after start-up, as the Playground's is). A string is also used before Teams named one.
   */
  testConnectorUrl?: string | (() => string | null);
  /** Off for the local Playground mode, which has no teams to check; on everywhere else. */
  checkChannels?: boolean;
}

export interface TeamsAdapterFactory extends AdapterFactory {
  /** Where the messaging endpoint listens once started (null before start or after close). */
  address(): { port: number; path: string } | null;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function createApp(ctx: AppContext, config: TeamsConfig, server: Server, options: TeamsAdapterOptions): TeamsApp {
  const logger = teamsLogger(ctx.log);
  if (config.dangerouslyAllowUnauthenticated) {
    ctx.log.warn({ path: config.path }, "Teams test mode: the endpoint accepts activities WITHOUT checking tokens.");
  }
  // The plugin adds `schakelAuth` to every turn's context; the routes read it (see request-trust.ts).
  return new App({
    clientId: config.clientId,
    tenantId: config.tenantId,
    ...(options.token ? { token: options.token } : { clientSecret: config.clientSecret }),
    logger,
    serviceUrl: config.serviceUrl,
    messagingEndpoint: config.path,
    httpServerAdapter: new ExpressAdapter(server, { logger }),
    dangerouslyAllowUnauthenticatedRequests: config.dangerouslyAllowUnauthenticated,
    plugins: [requestAuthPlugin()],
  });
}

/** How long closing waits for a channel check still asking the connector (which has no timeout of its own). */
const CHECK_GRACE_MS = 5000;

async function settledWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  await Promise.race([work, late]);
  clearTimeout(timer);
}

export function createTeamsAdapter(loaded: TeamsConfig, options: TeamsAdapterOptions = {}): TeamsAdapterFactory {
  const testUrl = options.testConnectorUrl;
  const config: TeamsConfig = {
    ...loaded,
    dangerouslyAllowUnauthenticated: options.dangerouslyAllowUnauthenticated === true,
    testConnectorUrl: typeof testUrl === "string" ? () => testUrl : (testUrl ?? null),
    serviceUrl: typeof testUrl === "string" ? testUrl : loaded.serviceUrl,
  };
  let bound: { port: number; path: string } | null = null;
  return {
    platform: "teams",
    address: () => bound,
    async start(ctx, tools) {
      config.channels = await withRegionChannels(ctx, "teams", config.channels);
      // The SDK serves `inner`, which never listens: every request reaches it through the gate on `server`.
      const inner = createServer();
      const server = createServer(teamsRequestGate(config.path, inner, ctx.log));
      // After every activity the bot handled, deliver card refreshes and DMs at once (not on the next loop tick).
      server.on("request", (_req, res) =>
        res.on("finish", () => {
          void tools
            .flush()
            .catch((error: unknown) => ctx.log.error({ err: error }, "delivery after a Teams activity failed"));
        }),
      );
      const app = createApp(ctx, config, inner, options);
      const connector = dialogConnector(createConnector(app), config);
      const port = createTeamsPort(
        ctx,
        config,
        connector,
        config.graph ? createGraphInstaller(app, config.graph) : null,
        createActivityFeed(ctx, app, config),
      );
      // Ack first: messages, case buttons and form submits are recorded in the inbox and done from it.
      tools.inbox.handle("teams", teamsInboxHandler(ctx, config, app, { connector, port, deliver: tools.flush }));
      registerTeamsRoutes(app, ctx, config, tools.inbox, tools.flush);
      await app.initialize();
      bound = { port: await listen(server, config.port), path: config.path };
      ctx.log.info({ ...bound, channels: Object.keys(config.channels) }, "Teams adapter listening");
      // In the background: a slow or absent connector never holds up the start.
      const checked =
        options.checkChannels === false
          ? Promise.resolve()
          : checkTeamsChannels(ctx, config, connectorProbe(app)).then(
              () => undefined,
              (error: unknown) => ctx.log.warn({ err: error }, "Teams: the channel check failed"),
            );
      return {
        port,
        async close() {
          await settledWithin(checked, CHECK_GRACE_MS);
          await new Promise<void>((resolve) => server.close(() => resolve()));
          bound = null;
        },
      };
    },
  };
}
