// Microsoft's documented Bot Framework connector hosts for Teams: the only serviceUrls Schakel ever calls
// (besides a fake connector that tests pass in code).

/** Microsoft's Bot Framework connector hosts for Teams (commercial, GCC, GCC High, DoD). */
export const MICROSOFT_CONNECTOR_HOSTS: readonly string[] = [
  "smba.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
];

export function isMicrosoftConnectorUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    const plain = parsed.protocol === "https:" && !parsed.username && !parsed.port;
    return plain && MICROSOFT_CONNECTOR_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
