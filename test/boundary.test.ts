// Architecture boundary: the domain stays pure (no platform SDK, Prisma or Node I/O), and no use-case
// talks to a chat SDK. A violating import fails the build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FORBIDDEN_IN_DOMAIN = [
  /^@slack\//,
  /^botbuilder/,
  /^@microsoft\//,
  /^@prisma\//,
  /generated\/prisma/,
  /^node:/,
  /^(fs|http|https|net|child_process|os|path|dgram|tls|worker_threads)(\/|$)/,
];
const FORBIDDEN_IN_APP = [
  /^@slack\//,
  /^botbuilder/,
  /^@microsoft\//,
  /^@prisma\//,
  /generated\/prisma/,
  /\/adapters\//,
  /\/infra\//,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
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

function violations(dir: string, forbidden: RegExp[]): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(readFileSync(file, "utf8"))
      .filter((spec) => forbidden.some((rule) => rule.test(spec)))
      .map((spec) => `${path.relative(process.cwd(), file)} imports ${spec}`),
  );
}

describe("architecture boundaries", () => {
  it("recognises every import form, so the rule cannot pass by accident", () => {
    expect(
      importsOf(
        `import x from "node:fs";\nimport { a } from '@prisma/client';\nexport * from "@slack/bolt";\nawait import("node:http");\nimport "node:net";`,
      ),
    ).toEqual(["node:fs", "@prisma/client", "@slack/bolt", "node:http", "node:net"]);
  });

  it("reports a forbidden import in a domain-like folder", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "boundary-"));
    writeFileSync(
      path.join(dir, "bad.ts"),
      `import { readFileSync } from "node:fs";\nimport { PrismaClient } from "@prisma/client";\n`,
    );
    expect(violations(dir, FORBIDDEN_IN_DOMAIN)).toHaveLength(2);
    rmSync(dir, { recursive: true });
  });

  it("src/domain imports no platform SDK, Prisma or Node I/O", () => {
    expect(violations("src/domain", FORBIDDEN_IN_DOMAIN)).toEqual([]);
  });

  it("src/app (use-cases) imports no chat SDK, Prisma, adapter or infra code", () => {
    expect(violations("src/app", FORBIDDEN_IN_APP)).toEqual([]);
  });
});
