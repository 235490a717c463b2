// Prisma CLI configuration: the JavaScript engine with the better-sqlite3 adapter works offline.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The schema reads DATABASE_URL too, so give it the same default as the application.
process.env.DATABASE_URL ??= "file:./data/schakel.db";
const url = process.env.DATABASE_URL;
// SQLite cannot create the folder of its file; the CLI fails with an opaque error without it.
if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
