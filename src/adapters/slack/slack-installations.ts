// Bolt's InstallationStore on Schakel's database: one row per workspace install (or per Enterprise Grid org for
// an org-wide install), the whole installation, bot token included, sealed with the data key.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";

/** The key an installation is stored under: the org for an org-wide install, otherwise the team. */
type KeyQuery = { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined };
export const installationKey = (q: KeyQuery) =>
  q.isEnterpriseInstall && q.enterpriseId ? `enterprise:${q.enterpriseId}` : `team:${q.teamId ?? ""}`;

export type SlackInstallation = Installation<"v1" | "v2", boolean>;

export function createInstallationStore(ctx: AppContext): InstallationStore {
  const read = async (key: string): Promise<SlackInstallation | null> => {
    const row = await ctx.store.chat.installation("slack", key);
    return row ? ctx.sealer.open<SlackInstallation>(row.sealed) : null;
  };
  return {
    async storeInstallation(installation) {
      const { isEnterpriseInstall, enterprise, team } = installation;
      const key = installationKey({ isEnterpriseInstall, enterpriseId: enterprise?.id, teamId: team?.id });
      await ctx.store.chat.saveInstallation(
        {
          platform: "slack",
          key,
          teamId: installation.team?.id ?? null,
          enterpriseId: installation.enterprise?.id ?? null,
          sealed: ctx.sealer.seal(installation),
        },
        ctx.clock.now(),
      );
      ctx.log.info({ key }, "Slack workspace installed Schakel");
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      // A workspace of a Grid org where the app was installed org-wide is served by the org's installation.
      const orgKey = query.enterpriseId
        ? installationKey({ isEnterpriseInstall: true, enterpriseId: query.enterpriseId })
        : null;
      const found = (await read(installationKey(query))) ?? (orgKey ? await read(orgKey) : null);
      if (!found) throw new Error(`no Slack installation for ${query.enterpriseId ?? ""}/${query.teamId ?? ""}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await ctx.store.chat.deleteInstallation("slack", installationKey(query));
    },
  };
}
