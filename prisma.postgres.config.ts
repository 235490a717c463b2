// Prisma CLI configuration for PostgreSQL (multi-instance deployments), with the JavaScript engine and
// the pg driver adapter, which work offline. The schema is generated from prisma/schema.prisma.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

process.env.DATABASE_URL ??= "postgresql://postgres@localhost:5432/schakel";
const url = process.env.DATABASE_URL;

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: url });
  },
});
