// Generates the Prisma client after `npm install`, so a fresh clone can start and test at once.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const prisma = "node_modules/.bin/prisma";
if (!existsSync(prisma)) {
  console.error("prisma CLI not installed; skipping client generation");
  process.exit(0);
}
execFileSync(prisma, ["generate"], { stdio: "inherit" });
