// manifest/slack.json is valid against Slack's manifest schema and describes exactly what the code handles.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { REPORT_FROM_MESSAGE } from "../../../src/adapters/slack/handle-commands.ts";
import { projectRoot } from "../../../src/config/config.ts";
import { loadFlowDirectory } from "../../../src/infra/flow-loader.ts";

// Vendored with its MIT licence, so the check runs in every clone.
const schemaDir = path.resolve(projectRoot, "test/adapters/slack/vendor/slack-manifest-schema");
const manifest = JSON.parse(readFileSync(path.resolve(projectRoot, "manifest/slack.json"), "utf8"));
const REMOTE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas";

describe("Slack app manifest", () => {
  it("validates against Slack's manifest schema", () => {
    const load = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), "utf8"));
    // Formats (only "uri" for $schema) are not checked: ajv-formats is not a dependency.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    // The top schema refers to the versioned schemas by URL; serve them from the vendored copies.
    ajv.addSchema(load("manifest.schema.1.0.0.json"), `${REMOTE}/manifest.schema.1.0.0.json`);
    ajv.addSchema(load("manifest.schema.2.0.0.json"), `${REMOTE}/manifest.schema.2.0.0.json`);
    const validate = ajv.compile(load("manifest.schema.json"));
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator does bite: a shortcut name longer than Slack's 24 characters is refused.
    const broken = {
      ...manifest,
      features: {
        ...manifest.features,
        shortcuts: [{ ...manifest.features.shortcuts[0], name: "Melden als overlast vanuit een bericht" }],
      },
    };
    expect(validate(broken)).toBe(false);
  });

  it("lists exactly the commands, shortcut, events and scopes the adapter uses", () => {
    const flows = loadFlowDirectory(path.resolve(projectRoot, "flows"));
    const commands = manifest.features.slash_commands.map((c: { command: string }) => c.command).sort();
    expect(commands).toEqual([...flows.map((f) => f.flow.command), "/schakel"].sort());
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: REPORT_FROM_MESSAGE }),
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "channels:read",
      "chat:write",
      "commands",
      "groups:read",
      "im:write",
      "users:read",
      "users:read.email",
    ]);
    const urls = [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
    ];
    expect(new Set(urls.map((u: string) => new URL(u).pathname))).toEqual(new Set(["/slack/events"]));
  });
});
