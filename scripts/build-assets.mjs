// `npm run build`, after tsc: copies the files tsc does not emit (the console's static page) next to the built
// JavaScript, so dist/ runs with plain node exactly as src/ runs with tsx.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = ["adapters/local/public"];
// The output folder (dist/ unless given); it must sit directly in the project, as dist/ does.
const out = path.resolve(root, process.argv[2] ?? "dist");

for (const dir of assets) {
  const target = path.join(out, dir);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(root, "src", dir), target, { recursive: true });
}
console.log(`build: copied ${assets.join(", ")} to ${path.relative(root, out)}/`);
