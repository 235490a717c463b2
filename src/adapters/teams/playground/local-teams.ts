// Schakel's Teams adapter in a local mode for Microsoft 365 Agents Playground: no client secret, no token from
// Microsoft's login service, activities accepted without a Bot Framework token, replies only to the Playground's
// connector on this machine. Code-only (no setting turns it on) and refused outright in production mode.
import type { AppContext } from "../../../app/context.ts";
import type { AdapterTools } from "../../../app/adapter-port.ts";
import { createTeamsAdapter, type TeamsAdapterFactory } from "../teams-adapter.ts";
import type { TeamsConfig } from "../teams-config.ts";
import { PLAYGROUND } from "./playground-ids.ts";

export interface LocalTeamsOptions {
  /** The configured SCHAKEL_MODE: "production" refuses the local mode. */
  mode: "demo" | "production";
  /** The Playground's connector (http://localhost:PORT/_connector), known once the Playground listens. */
  connectorUrl: () => string | null;
  /** Port of the messaging endpoint (0: any free port). */
  port?: number;
}

/** A JWT-shaped stand-in for the outgoing token; the Playground's connector does not check it. */
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const LOCAL_TOKEN = `${b64({ alg: "none", typ: "JWT" })}.${b64({
  aud: "https://api.botframework.com",
  appid: PLAYGROUND.clientId,
  exp: 4102444800,
})}.bG9jYWw`;

/** The region's shared channel is the Playground team's General channel; its coordinators' channel the other. */
async function playgroundChannels(ctx: AppContext): Promise<Record<string, string>> {
  const [region] = await ctx.store.read.regions();
  if (!region) return {};
  return { [region.sharedChannel]: PLAYGROUND.teamId, [region.coordinatorsChannel]: PLAYGROUND.channelId };
}

export function createLocalTeamsAdapter(options: LocalTeamsOptions): TeamsAdapterFactory {
  if (options.mode === "production") {
    throw new Error(
      "The local Teams mode (Agents Playground) accepts activities without any token check; " +
        "SCHAKEL_MODE=production refuses it. Use it on a developer's machine with the demo region only.",
    );
  }
  const config: TeamsConfig = {
    clientId: PLAYGROUND.clientId,
    clientSecret: "",
    tenantId: PLAYGROUND.tenantId,
    allowedTenants: [PLAYGROUND.tenantId],
    port: options.port ?? 0,
    path: "/api/messages",
    channels: {},
    serviceUrl: "http://localhost/_connector",
    dangerouslyAllowUnauthenticated: true,
    testConnectorUrl: null,
    graph: null,
    // The Playground lists task/fetch dialogs among what it does not support: forms stay inline cards there.
    inlineForms: true,
  };
  let inner: TeamsAdapterFactory | null = null;
  return {
    platform: "teams",
    address: () => inner?.address() ?? null,
    async start(ctx: AppContext, tools: AdapterTools) {
      ctx.log.warn({}, "Teams local mode for the Agents Playground: no credentials, no token checks.");
      config.channels = await playgroundChannels(ctx);
      inner = createTeamsAdapter(config, {
        token: () => LOCAL_TOKEN,
        dangerouslyAllowUnauthenticated: true,
        testConnectorUrl: options.connectorUrl,
        checkChannels: false,
      });
      return inner.start(ctx, tools);
    },
  };
}
