// Production never runs on the demo region: its people are fictional and their addresses could be claimed.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startSchakel } from "../../src/bootstrap.ts";
import { configSchema } from "../../src/config/config.ts";
import { silentLog } from "../support/test-app.ts";

const auth = {
  issuer: "https://login.example.nl",
  clientId: "schakel",
  clientSecret: "client-secret-value",
  publicUrl: "https://schakel.example.nl",
  sessionSecret: "s".repeat(48),
  emailClaim: "email",
  emailVerifiedClaim: "email_verified",
  sessionHours: 8,
  requiredClaims: {},
};

describe("production and the demo region", () => {
  it("refuses to start on a region file marked demo: true, naming the file", async () => {
    const config = configSchema.parse({
      mode: "production",
      auth,
      clock: "system",
      port: 0,
      databaseUrl: "file:/nonexistent/never-opened.db",
      flowsDir: path.resolve("flows"),
      regionsDir: path.resolve("regions"),
      logLevel: "silent",
    });
    await expect(startSchakel({ config, log: silentLog, background: false, migrate: false })).rejects.toThrow(
      /production refuses the demo region \(.*west-brabant-west\.yaml, demo: true\)/,
    );
  });
});
