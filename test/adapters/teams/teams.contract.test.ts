// The Teams adapter passes the shared contract, driven through the real Teams SDK app over HTTP.
import { PEOPLE, runAdapterContract } from "../../contract/adapter-contract.ts";
import { startTeamsHarness } from "./teams-harness.ts";
import { teamsDriver } from "./teams-driver.ts";

runAdapterContract("Microsoft Teams", async () => {
  const driver = teamsDriver(await startTeamsHarness());
  await driver.installEverywhere([...new Set(Object.values(PEOPLE))]);
  return driver;
});
