// Reaches a roster person who never opened the bot: installs Schakel's personal app for them through Microsoft
// Graph (application permission TeamsAppInstallation.ReadWriteSelfForUser.All, granted by an admin) and finds
// the personal chat the bot may then post in. Uses the Teams SDK's own Graph client and app token.
import type { App } from "@microsoft/teams.apps";
import type { TeamsConfig } from "./teams-config.ts";

export interface GraphInstaller {
  /** The personal chat's conversation id with the app installed for this user (Entra object id or UPN). */
  personalChat(user: string): Promise<string>;
}

interface Installation {
  id: string;
  teamsApp?: { id?: string };
}

const statusOf = (error: unknown): number | undefined =>
  (error as { response?: { status?: number } } | null)?.response?.status;

export function createGraphInstaller(
  app: Pick<App, "graph">,
  graph: NonNullable<TeamsConfig["graph"]>,
): GraphInstaller {
  const http = app.graph.http.clone({ baseUrl: `${graph.baseUrl}/v1.0` });
  const appsOf = (user: string) => `/users/${encodeURIComponent(user)}/teamwork/installedApps`;

  async function install(user: string): Promise<void> {
    const bind = `${graph.baseUrl}/v1.0/appCatalogs/teamsApps/${graph.catalogAppId}`;
    try {
      await http.post(appsOf(user), { "teamsApp@odata.bind": bind });
    } catch (error) {
      // 409: the app is installed for this user already, which is what we want.
      if (statusOf(error) !== 409) throw error;
    }
  }

  async function installation(user: string): Promise<Installation> {
    const filter = `teamsApp/id eq '${graph.catalogAppId}'`;
    const query = `?$expand=teamsApp&$filter=${encodeURIComponent(filter)}`;
    const { data } = await http.get<{ value?: Installation[] }>(`${appsOf(user)}${query}`);
    const found = data.value?.find((i) => i.teamsApp?.id === graph.catalogAppId) ?? data.value?.[0];
    if (!found) throw new Error("Graph lists no installation of the app after installing it");
    return found;
  }

  return {
    async personalChat(user) {
      await install(user);
      const { id } = await installation(user);
      const { data } = await http.get<{ id?: string }>(`${appsOf(user)}/${encodeURIComponent(id)}/chat`);
      if (!data.id) throw new Error("Graph returned no chat for the installed app");
      return data.id;
    },
  };
}
