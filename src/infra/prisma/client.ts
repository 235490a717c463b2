// Creates the Prisma client: embedded SQLite by default, PostgreSQL for several instances (both offline-capable).
import { PrismaClient } from "../../generated/prisma/client.ts";
import type { DirectSqlite } from "./batch-sql.ts";
import { type SqlQueryable, type StatementListener, TunedSqliteAdapter } from "./sqlite-adapter.ts";
import { ensurePrivateFile, sqliteFile } from "../private-files.ts";

export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type DbTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** `onStatement` (SQLite only) hears every SQL statement: tests and benchmarks count them. */
export async function createPrismaClient(databaseUrl: string, onStatement?: StatementListener): Promise<PrismaClient> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Loaded only for PostgreSQL: its client and the pg driver hold about 15 MB that an SQLite instance never uses.
    const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("../../generated/prisma-pg/client.ts"),
    ]);
    // Both clients come from one set of models (scripts/generate-prisma.mjs), so their API is the same; the types
    // differ only in the isolation levels `$transaction` accepts (SQLite knows Serializable only), and we pass none.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as PrismaClient;
  }
  const file = sqliteFile(databaseUrl);
  if (file) ensurePrivateFile(file);
  const adapter = new TunedSqliteAdapter(databaseUrl, onStatement);
  const client = new PrismaClient({ adapter });
  sqliteAdapters.set(client, adapter);
  directConnections.set(client, adapter.direct());
  return client;
}

const sqliteAdapters = new WeakMap<Db, TunedSqliteAdapter>();
const directConnections = new WeakMap<PrismaClient, DirectSqlite>();

/**
 * SQLite's connection under this client (null on PostgreSQL, or before the first query): one statement on it costs
 * a tenth of the same through Prisma, whose query compiler runs even for raw SQL. Only for single statements outside
 * a transaction: it is the same connection, so this runs in order with everything else.
 */
export const sqliteConnection = (db: Db): SqlQueryable | null => sqliteAdapters.get(db)?.connection ?? null;

/** On SQLite, the connection under this client (batch-sql.ts); undefined on PostgreSQL. */
export const directSqliteOf = (db: PrismaClient): DirectSqlite | undefined => directConnections.get(db);
