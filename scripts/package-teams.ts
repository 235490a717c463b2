// `npm run package:teams`: builds the Teams app package (manifest.json + icons) to upload in Teams, after
// filling in the bot's client id and validating the manifest (and its English strings) with Microsoft's schemas.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { Ajv } from "ajv";
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
    for (const extension of manifest.composeExtensions ?? []) extension.botId = clientId;
    // Activity feed notifications through Graph need the Entra app that sends them named here.
    if (manifest.webApplicationInfo) manifest.webApplicationInfo.id = clientId;
  }
  if (version) manifest.version = version;
  return manifest;
}

const require = createRequire(import.meta.url);

interface LocalizedManifest {
  manifestVersion?: unknown;
  localizationInfo?: { additionalLanguages?: { languageTag: string; file: string }[] };
}

/** Problems in each language file the manifest lists, checked against Microsoft's localization schema. */
export async function localizationProblems(manifest: LocalizedManifest): Promise<string[]> {
  const files = manifest.localizationInfo?.additionalLanguages ?? [];
  if (files.length === 0) return [];
  const version = String(manifest.manifestVersion);
  const schemaFile = `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`;
  // The schema is draft-04 and its patterns are not Unicode-mode regular expressions.
  const { $schema: _draft, ...schema } = JSON.parse(await readFile(require.resolve(schemaFile), "utf8"));
  const validate = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true, validateFormats: false }).compile(
    schema,
  );
  const problems: string[] = [];
  for (const { file } of files) {
    const strings = JSON.parse(await readFile(path.join(manifestDir, file), "utf8"));
    if (!validate(strings)) {
      for (const e of validate.errors ?? [])
        problems.push(`${file}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
  return problems;
}

export async function buildTeamsPackage(options: PackageOptions = {}): Promise<{ file: string; problems: string[] }> {
  const manifest = await teamsManifest(options);
  const problems = [
    ...(await AppManifestUtils.validateAgainstSchema(manifest as never)),
    ...(await localizationProblems(manifest)),
  ];
  const file = options.outFile ?? path.join(root, "dist/teams/schakel-teams.zip");
  if (problems.length) return { file, problems };
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  const languages: string[] = (manifest.localizationInfo?.additionalLanguages ?? []).map(
    (l: { file: string }) => l.file,
  );
  for (const file of [manifest.icons.color, manifest.icons.outline, ...languages])
    zip.file(file, await readFile(path.join(manifestDir, file)));
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
