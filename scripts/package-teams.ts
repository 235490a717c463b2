// `npm run package:teams`: builds the Teams app package (manifest.json + icons) to upload in Teams, after
// filling in the bot's client id and validating the manifest with Microsoft's validator.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppManifestUtils } from "@microsoft/app-manifest";
import JSZip from "jszip";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestDir = path.join(root, "manifest/teams");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageOptions {
  clientId?: string;
  version?: string;
  outFile?: string;
}

/** The manifest with the bot's Entra client id as app id and bot id. */
// biome-ignore lint/suspicious/noExplicitAny: manifest.json as parsed; typed as the SDK's AppManifest in issue 15 item 2
export async function teamsManifest({ clientId, version }: PackageOptions = {}): Promise<Record<string, any>> {
  const manifest = JSON.parse(await readFile(path.join(manifestDir, "manifest.json"), "utf8"));
  if (clientId) {
    if (!GUID.test(clientId))
      throw new Error(`TEAMS_CLIENT_ID must be the Application (client) ID, a GUID; got "${clientId}"`);
    manifest.id = clientId;
    for (const bot of manifest.bots ?? []) bot.botId = clientId;
  }
  if (version) manifest.version = version;
  return manifest;
}

export async function buildTeamsPackage(options: PackageOptions = {}): Promise<{ file: string; problems: string[] }> {
  const manifest = await teamsManifest(options);
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  const file = options.outFile ?? path.join(root, "dist/teams/schakel-teams.zip");
  if (problems.length) return { file, problems };
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  for (const icon of [manifest.icons.color, manifest.icons.outline])
    zip.file(icon, await readFile(path.join(manifestDir, icon)));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { file, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const clientId = process.env.TEAMS_CLIENT_ID;
  if (!clientId)
    console.warn("TEAMS_CLIENT_ID is not set: the package keeps the placeholder id and cannot be uploaded as is.");
  const { file, problems } = await buildTeamsPackage({ ...(clientId ? { clientId } : {}) });
  if (problems.length) {
    console.error(`The Teams manifest is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`Teams app package written to ${path.relative(process.cwd(), file)}`);
}
