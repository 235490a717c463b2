// Schakel in Microsoft's own Teams client, locally: the local Teams mode plus the Agents Playground, which gets
// the demo region's people and Schakel's messaging endpoint, and whose connector the local mode then trusts.
import type { AppContext } from "../../../app/context.ts";
import type { TeamsAdapterFactory } from "../teams-adapter.ts";
import { createLocalTeamsAdapter } from "./local-teams.ts";
import { playgroundConfigYaml } from "./playground-config.ts";
import { startPlayground, type RunningPlayground } from "./playground-process.ts";

export interface AttachOptions {
  /** The Playground's port (0, the default: any free port). */
  port?: number;
  /** The person id of who uses the Playground (default: Eva Bakker, a housing corporation contact). */
  currentUser?: string;
}

export interface TeamsPlayground {
  /** Give this adapter to startSchakel, then call attach() with its context. */
  adapter: TeamsAdapterFactory;
  attach(ctx: AppContext, options?: AttachOptions): Promise<RunningPlayground>;
}

export function teamsPlayground(mode: "demo" | "production"): TeamsPlayground {
  let connectorUrl: string | null = null;
  const adapter = createLocalTeamsAdapter({ mode, connectorUrl: () => connectorUrl });
  return {
    adapter,
    async attach(ctx, options = {}) {
      const address = adapter.address();
      if (!address) throw new Error("start Schakel with the local Teams adapter before the Playground");
      const playground = await startPlayground({
        endpoint: `http://127.0.0.1:${address.port}${address.path}`,
        configYaml: playgroundConfigYaml(await ctx.store.read.people(), options.currentUser),
        ...(options.port !== undefined ? { port: options.port } : {}),
      });
      connectorUrl = playground.connectorUrl;
      ctx.log.info({ url: playground.url }, "Agents Playground started");
      return playground;
    },
  };
}
