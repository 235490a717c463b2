// The little of better-sqlite3's API the sweep's floor and a migration test use (no types shipped; no dependency).
declare module "better-sqlite3" {
  interface Statement {
    run(...args: unknown[]): { changes: number; lastInsertRowid: number | bigint };
    get(...args: unknown[]): unknown;
    all(...args: unknown[]): unknown[];
  }
  interface Connection {
    prepare(sql: string): Statement;
    exec(sql: string): void;
    pragma(pragma: string): unknown;
    transaction<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void;
    close(): void;
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Connection;
  export default Database;
}
