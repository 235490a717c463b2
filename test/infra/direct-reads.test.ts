// On SQLite the sweep reads its due obligations and their cases straight from the adapter's connection: the records
// must be exactly what Prisma's client returns for the same rows (dates, nulls, numbers, the public values).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeCase } from "../../src/app/close-case.ts";
import { createPrismaClient, type Db, directSqliteOf } from "../../src/infra/prisma/client.ts";
import { storeTx } from "../../src/infra/prisma/prisma-store.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, startTestApp, type TestApp } from "../support/test-app.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
let app: TestApp;
let db: Db;
const routes: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
  db = await createPrismaClient(app.databaseUrl, (_sql, route) => routes.push(route));
  await db.$connect();
});
afterAll(async () => {
  await db?.$disconnect();
  await app?.close();
});

describe("direct SQLite reads", () => {
  it("return the same cases and due obligations as Prisma, and skip it", async () => {
    const open = await reportOverlast(app.ctx);
    const closed = await reportOverlast(app.ctx);
    await closeCase({ ctx: app.ctx, actor: anouk, caseId: closed.caseId, outcome: "resolved" });
    const viaPrisma = storeTx(db);
    const direct = storeTx(db, directSqliteOf(db));
    const ids = [open.caseId, closed.caseId, "no-such-case"];
    const later = new Date(MONDAY_10.getTime() + 30 * 86_400_000);

    const prismaCases = await viaPrisma.cases(ids);
    const prismaDue = await viaPrisma.dueObligations(later, 10);
    routes.length = 0;
    const directCases = await direct.cases(ids);
    const directDue = await direct.dueObligations(later, 10);
    expect(routes).toEqual(["direct", "direct"]);

    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(prismaCases).toHaveLength(2);
    expect(byId(directCases)).toEqual(byId(prismaCases));
    expect(directCases.find((c) => c.id === closed.caseId)?.closedAt).toBeInstanceOf(Date);
    expect(prismaDue.length).toBeGreaterThan(0);
    expect(directDue).toEqual(prismaDue);
    expect(directDue[0]?.dueAt).toBeInstanceOf(Date);
  });
});
