// The little of better-sqlite3's API the sweep's floor uses (the package ships no types; we add no dependency).
declare module "better-sqlite3" {
  interface Statement {
    run(...args: unknown[]): { changes: number; lastInsertRowid: number | bigint };
    get(...args: unknown[]): unknown;
    all(...args: unknown[]): unknown[];
  }
  interface Connection {
    prepare(sql: string): Statement;
    pragma(pragma: string): unknown;
    transaction<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void;
    close(): void;
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Connection;
  export default Database;
}
