// Architecture boundary: one table of allowed arrows between the layers of src/, and which packages each layer may
// use. Any other import fails the build, type-only imports included; relative paths are resolved to their layer.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PLATFORMS = ["adapters/slack", "adapters/teams", "adapters/local", "adapters/web"] as const;
const LAYERS = [
  "domain",
  "i18n",
  "config",
  "ui",
  "app",
  "infra",
  "generated",
  "adapters",
  ...PLATFORMS,
  "root",
] as const;
type Layer = (typeof LAYERS)[number];

const ADAPTER_COMMON: Layer[] = ["adapters", "app", "ui", "domain", "i18n", "config"];

/**
 * Who may import whom (besides itself). The arrows point inwards, to the pure domain:
 * - domain, i18n and config stand alone (the catalogue and the settings schema need nothing of ours).
 * - ui (Card/Form model, view models, renderers to text/HTML) sees domain and i18n only. app → ui, never ui → app:
 *   use-cases return the neutral Card/Form model and load view models (src/ui/view-models) that the views render;
 *   a view that called a use-case would put logic in the view. The view-model types therefore live in ui.
 * - app (use-cases and ports) sees domain, ui and i18n: never infra, an adapter or the composition root.
 * - infra implements app's ports; it may read config, the generated Prisma clients, and ui's Card (stored as JSON).
 * - adapters: the shared pieces (src/adapters/*.ts) and each platform (slack, teams, local console, web page)
 *   see app, ui, domain, i18n and config; platforms never import each other (see SHARED_ACROSS_PLATFORMS) nor infra
 *   (the composition root hands infra in through ports) nor the composition root.
 * - root: src/bootstrap.ts, src/main.ts, src/settings.ts (reads every section's settings at start-up) and
 *   src/adapters/platform-adapters.ts (it picks the platforms and loads their adapters: wiring, not an adapter)
 *   may import every layer, but no SDK itself.
 */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: [],
  i18n: [],
  config: [],
  generated: [],
  ui: ["domain", "i18n"],
  app: ["domain", "ui", "i18n"],
  infra: ["app", "ui", "domain", "i18n", "config", "generated"],
  adapters: ADAPTER_COMMON,
  "adapters/slack": ADAPTER_COMMON,
  "adapters/teams": ADAPTER_COMMON,
  "adapters/local": ADAPTER_COMMON,
  "adapters/web": ADAPTER_COMMON,
  root: LAYERS.filter((l) => l !== "generated" && l !== "root"),
};

/** Modules one platform may take from another, with the reason. */
const SHARED_ACROSS_PLATFORMS: Record<string, { from: Layer; why: string }> = {
  // The digest page and export downloads are the same on the demo console and the production coordinator page.
  "adapters/local/digest-routes.ts": { from: "adapters/web", why: "one digest page for console and web page" },
};

const NODE_IO = /^(node:)?(fs|http|https|net|child_process|os|path|dgram|tls|worker_threads)(\/|$)/;
/** Packages only some layers may use: a platform's SDK stays in its adapter, the database in infra, Node's I/O at
 * the edges (infra, config, adapters, root), and the domain uses no Node module at all (node:crypto is fine in app). */
const PACKAGE_RULES: { pattern: RegExp; only: readonly Layer[] }[] = [
  { pattern: /^@slack\//, only: ["adapters/slack"] },
  { pattern: /^(@microsoft\/|botbuilder)/, only: ["adapters/teams"] },
  { pattern: /^(@prisma\/|pg$|better-sqlite3)/, only: ["infra"] },
  { pattern: NODE_IO, only: ["infra", "config", "root", "adapters", ...PLATFORMS] },
  { pattern: /^node:/, only: LAYERS.filter((l) => l !== "domain") },
];

const ROOT_FILES = new Set(["bootstrap.ts", "main.ts", "settings.ts", "adapters/platform-adapters.ts"]);

/** The layer of a file, from its path relative to src/ (null: a folder the table does not know, which fails). */
function layerOf(rel: string): Layer | null {
  const parts = rel.split(path.sep).join("/");
  if (ROOT_FILES.has(parts)) return "root";
  const [top, second, third] = parts.split("/");
  const name = top === "adapters" && third !== undefined ? `adapters/${second}` : top;
  return LAYERS.find((l) => l === name && l !== "root") ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g,
    ),
  ];
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

function packageViolation(layer: Layer, spec: string): string | null {
  const rule = PACKAGE_RULES.find((r) => r.pattern.test(spec) && !r.only.includes(layer));
  return rule ? `${layer} may not use ${spec}` : null;
}

function arrowViolation(srcRoot: string, file: string, layer: Layer, spec: string): string | null {
  const target = path.relative(srcRoot, path.resolve(path.dirname(file), spec));
  if (target.startsWith("..")) return `${layer} imports outside src: ${spec}`;
  const to = layerOf(target);
  if (to === null) return `${spec} is in no layer of the table`;
  if (to === layer) return null;
  const shared = SHARED_ACROSS_PLATFORMS[target.split(path.sep).join("/")];
  if (shared?.from === layer) return null;
  return ALLOWED[layer].includes(to) ? null : `${layer} → ${to} is not an allowed arrow`;
}

/** Every import that breaks the table, as "file imports spec (why)". */
function violations(srcRoot: string): string[] {
  return sourceFiles(srcRoot).flatMap((file) => {
    const layer = layerOf(path.relative(srcRoot, file));
    const where = path.relative(process.cwd(), file);
    if (layer === null) return [`${where} is in no layer of the table`];
    return importsOf(readFileSync(file, "utf8")).flatMap((spec) => {
      const why = spec.startsWith(".") ? arrowViolation(srcRoot, file, layer, spec) : packageViolation(layer, spec);
      return why ? [`${where} imports ${spec} (${why})`] : [];
    });
  });
}

/** A throwaway src/ tree with the given files, for the self-tests. */
function withTree(files: Record<string, string>, run: (root: string) => void) {
  const root = mkdtempSync(path.join(os.tmpdir(), "boundary-"));
  try {
    for (const [rel, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), body);
    }
    run(root);
  } finally {
    rmSync(root, { recursive: true });
  }
}

describe("architecture boundaries", () => {
  it("recognises every import form, so the rule cannot pass by accident", () => {
    expect(
      importsOf(
        `import x from "node:fs";\nimport { a } from '@prisma/client';\nexport * from "@slack/bolt";\nawait import("node:http");\nimport "node:net";\nimport type { T } from "../app/t.ts";\nexport type { U } from "./u.ts";`,
      ),
    ).toEqual(["node:fs", "@prisma/client", "@slack/bolt", "node:http", "node:net", "../app/t.ts", "./u.ts"]);
  });

  it("reports a forbidden package in a domain-like folder", () => {
    withTree(
      { "domain/bad.ts": `import { readFileSync } from "node:fs";\nimport { PrismaClient } from "@prisma/client";\n` },
      (root) => expect(violations(root)).toHaveLength(2),
    );
  });

  it("resolves a relative import to its layer and reports a wrong-way arrow, type-only included", () => {
    withTree(
      {
        "infra/store.ts": `import type { M } from "../adapters/local/messages.ts";\n`,
        "ui/card.ts": `import type { S } from "../app/summary.ts";\n`,
        "app/summary.ts": `import type { C } from "../ui/card.ts";\n`,
      },
      (root) =>
        expect(violations(root).map((v) => v.split(" (")[1])).toEqual([
          "infra → adapters/local is not an allowed arrow)",
          "ui → app is not an allowed arrow)",
        ]),
    );
  });

  it("reports one platform importing another, and an adapter importing the composition root", () => {
    withTree(
      {
        "adapters/slack/a.ts": `import { b } from "../teams/b.ts";\nimport type { F } from "../../bootstrap.ts";\n`,
        "adapters/teams/b.ts": `export const b = 1;\n`,
        "bootstrap.ts": `export type F = 1;\n`,
      },
      (root) => expect(violations(root)).toHaveLength(2),
    );
  });

  it("reports a platform SDK outside its adapter and a folder the table does not know", () => {
    withTree(
      { "adapters/local/x.ts": `import { App } from "@slack/bolt";\n`, "helpers/y.ts": `export {};\n` },
      (root) => expect(violations(root)).toHaveLength(2),
    );
  });

  it("lets a named shared module cross platforms only towards the platform it names", () => {
    withTree(
      {
        "adapters/local/digest-routes.ts": `export const routes = 1;\n`,
        "adapters/web/web-app.ts": `import { routes } from "../local/digest-routes.ts";\n`,
        "adapters/slack/home.ts": `import { routes } from "../local/digest-routes.ts";\n`,
      },
      (root) => expect(violations(root)).toEqual([expect.stringContaining("adapters/slack → adapters/local")]),
    );
  });

  it("every import in src/ follows the table", () => {
    expect(violations("src")).toEqual([]);
  });
});
