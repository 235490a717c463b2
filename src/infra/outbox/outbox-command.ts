// `npm run outbox -- list | retry <id…> | retry --all`: the operator's view of dead letters (deliveries a
// platform refused for good) and a way to queue them again once the cause is fixed.
import type { AppContext } from "../../app/context.ts";

const USAGE = "Usage: npm run outbox -- list | retry <delivery id…> | retry --all";

async function list(ctx: AppContext, print: (line: string) => void): Promise<number> {
  const dead = await ctx.store.outbox.deadLetters();
  if (dead.length === 0) {
    print("No dead letters: every queued message was delivered or is still being tried.");
    return 0;
  }
  for (const d of dead) {
    const reference = d.caseId ? ((await ctx.store.read.case(d.caseId))?.reference ?? d.caseId) : "—";
    const why = `${d.code ?? "?"}: ${d.error ?? ""}`;
    print(`${d.deliveryId}  ${d.platform}  ${d.kind}  ${reference}  ${d.attempts} attempts  ${why}`);
  }
  print(`${dead.length} dead letter(s). Fix the cause, then: npm run outbox -- retry --all`);
  return 0;
}

/** Runs one operator command; returns the process exit code. */
export async function runOutboxCommand(ctx: AppContext, args: string[], print: (line: string) => void) {
  const [command, ...rest] = args;
  if (command === "list") return list(ctx, print);
  if (command === "retry" && rest.length > 0) {
    const count = await ctx.store.outbox.retryDead(rest.includes("--all") ? "all" : rest, ctx.clock.now());
    print(`${count} dead letter(s) queued again; a running Schakel delivers them within seconds.`);
    return count > 0 || rest.includes("--all") ? 0 : 1;
  }
  print(USAGE);
  return 2;
}
