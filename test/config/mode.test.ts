// SCHAKEL_MODE: demo is the default without a platform; Slack or Teams settings without a mode refuse to start;
// production refuses the simulated clock, the Teams test switch and missing or unsafe sign-in settings.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.ts";

const SLACK = { SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: "signing-secret-1234" };
const SIGN_IN = {
  SCHAKEL_OIDC_ISSUER: "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0",
  SCHAKEL_OIDC_CLIENT_ID: "client-id",
  SCHAKEL_OIDC_CLIENT_SECRET: "client-secret-value",
  SCHAKEL_PUBLIC_URL: "https://schakel.example.nl/",
  SCHAKEL_SESSION_SECRET: "x".repeat(40),
};

describe("SCHAKEL_MODE", () => {
  it("is demo by default, with the simulated clock, so npm start opens the demo console", () => {
    const config = loadConfig({});
    expect(config.mode).toBe("demo");
    expect(config.clock).toBe("simulated");
  });

  it("refuses Slack or Teams settings without a mode, naming the variable", () => {
    expect(() => loadConfig(SLACK)).toThrow(
      /present \(SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET\) but SCHAKEL_MODE is not set/,
    );
    const teams = { TEAMS_CLIENT_ID: "00000000-0000-0000-0000-000000000000" };
    expect(() => loadConfig(teams)).toThrow(/TEAMS_CLIENT_ID.*SCHAKEL_MODE=production/s);
    expect(loadConfig({ ...SLACK, SCHAKEL_MODE: "demo" }).mode).toBe("demo");
    expect(() => loadConfig({ SCHAKEL_MODE: "prod" })).toThrow(/SCHAKEL_MODE: use demo or production/);
  });

  it("production needs every sign-in setting and says which are missing", () => {
    expect(() => loadConfig({ ...SLACK, SCHAKEL_MODE: "production" })).toThrow(
      /ISSUER, SCHAKEL_OIDC_CLIENT_ID, SCHAKEL_OIDC_CLIENT_SECRET, SCHAKEL_PUBLIC_URL, SCHAKEL_SESSION_SECRET/,
    );
    const config = loadConfig({ ...SLACK, ...SIGN_IN, SCHAKEL_MODE: "production" });
    expect(config).toMatchObject({ mode: "production", clock: "system" });
    expect(config.auth).toMatchObject({
      publicUrl: "https://schakel.example.nl",
      emailVerifiedClaim: "email_verified",
    });
  });

  it("production refuses the simulated clock, the Teams test switch, plain http and a short session secret", () => {
    const production = { ...SIGN_IN, SCHAKEL_MODE: "production" };
    expect(() => loadConfig({ ...production, SCHAKEL_CLOCK: "simulated" })).toThrow(/system clock only/);
    expect(() => loadConfig({ ...production, TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED: "true" })).toThrow(/refuses it/);
    const http = { ...production, SCHAKEL_PUBLIC_URL: "http://schakel.example.nl" };
    expect(() => loadConfig(http)).toThrow(/SCHAKEL_PUBLIC_URL must use https/);
    const short = { ...production, SCHAKEL_SESSION_SECRET: "short" };
    expect(() => loadConfig(short)).toThrow(/SCHAKEL_SESSION_SECRET: use at least 32/);
    const loopback = { ...production, SCHAKEL_PUBLIC_URL: "http://127.0.0.1:8080" };
    expect(loadConfig(loopback).auth?.publicUrl).toBe("http://127.0.0.1:8080");
  });

  it("npm start itself stops with the reason when Slack is configured without a mode", async () => {
    const env = { PATH: process.env.PATH, ...SLACK };
    const run = promisify(execFile)("node_modules/.bin/tsx", ["src/main.ts"], { env, timeout: 50_000 });
    const failure = await run.then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      /Schakel could not start: Slack, Teams or sign-in settings are present \(SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET/,
    );
  }, 60_000);
});

describe("SCHAKEL_MODE is never chosen silently", () => {
  it("refuses sign-in settings without a mode, and an open web port without a mode", () => {
    expect(() => loadConfig({ SCHAKEL_OIDC_ISSUER: SIGN_IN.SCHAKEL_OIDC_ISSUER })).toThrow(
      /SCHAKEL_OIDC_ISSUER\) but SCHAKEL_MODE is not set/,
    );
    expect(() => loadConfig({ SCHAKEL_HOST: "0.0.0.0" })).toThrow(/SCHAKEL_HOST=0.0.0.0 .* SCHAKEL_MODE is not set/);
    expect(loadConfig({ SCHAKEL_HOST: "127.0.0.1" }).mode).toBe("demo");
    expect(loadConfig({ SCHAKEL_HOST: "0.0.0.0", SCHAKEL_MODE: "demo" }).mode).toBe("demo");
  });

  it("reads required claims (such as Slack's workspace) as claim=value pairs", () => {
    const production = { ...SIGN_IN, SCHAKEL_MODE: "production" };
    const config = loadConfig({ ...production, SCHAKEL_OIDC_REQUIRED_CLAIMS: "https://slack.com/team_id=T0123ABCD" });
    expect(config.auth?.requiredClaims).toEqual({ "https://slack.com/team_id": "T0123ABCD" });
    expect(() => loadConfig({ ...production, SCHAKEL_OIDC_REQUIRED_CLAIMS: "team" })).toThrow(
      /"team" is not claim=value/,
    );
  });
});
