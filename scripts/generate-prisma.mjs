// Generates the Prisma clients after `npm install`, so a fresh clone can start and test at once:
// the SQLite client and the PostgreSQL client, whose schema is derived from the same models.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { postgresSchema } from "./postgres-schema.mjs";

const prisma = "node_modules/.bin/prisma";
if (!existsSync(prisma)) {
  console.error("prisma CLI not installed; skipping client generation");
  process.exit(0);
}
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
execFileSync(prisma, ["generate"], { stdio: "inherit" });
execFileSync(prisma, ["generate", "--config", "prisma.postgres.config.ts"], { stdio: "inherit" });
