// The fixed ids of the local Teams world the Agents Playground simulates (one tenant, one bot, one team with
// a General and one more channel); shared by its config file and Schakel's local Teams mode.
export const PLAYGROUND = {
  tenantId: "5c4a6e1a-0000-4000-8000-000000000001",
  clientId: "5c4a6e1a-0000-4000-8000-0000000000b0",
  botName: "Schakel",
  teamId: "19:wbw-casuistiek@thread.tacv2",
  teamName: "WBW Casuïstiek",
  channelId: "19:wbw-coordinatoren@thread.tacv2",
  channelName: "Coördinatoren",
} as const;
