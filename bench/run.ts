// `npm run bench [-- name …]`: each measure beside its floor, run in the same process and interleaved, then a
// summary table for the README. Names: slack, teams, console, sweep, start (the default: all five), digest.
// Never part of `npm test`.
import { benchConsoleActions } from "./ack-console.ts";
import { benchSlackAcks } from "./ack-slack.ts";
import { benchTeamsInvokes } from "./ack-teams.ts";
import { type AckRow, resets } from "./bench-lib.ts";
import { benchDigest } from "./digest.ts";
import { benchStart, type StartRow } from "./start.ts";
import { benchSweep, type SweepRow } from "./sweep.ts";

process.env.LOG_LEVEL ??= "error";
const DEFAULT = ["slack", "teams", "console", "sweep", "start"];
const asked = process.argv.slice(2).filter((a) => a !== "--");
const names = asked.length ? asked : DEFAULT;
const unknown = names.filter((n) => ![...DEFAULT, "digest"].includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; choose from ${[...DEFAULT, "digest"].join(", ")}.`);
  process.exit(2);
}

const acks: AckRow[] = [];
let sweeps: SweepRow[] = [];
let starts: StartRow[] = [];
for (const name of names) {
  console.log(`\n== ${name}`);
  if (name === "slack") acks.push(...(await benchSlackAcks()));
  if (name === "teams") acks.push(...(await benchTeamsInvokes()));
  if (name === "console") acks.push(...(await benchConsoleActions()));
  if (name === "sweep") sweeps = await benchSweep();
  if (name === "start") starts = await benchStart();
  if (name === "digest") await benchDigest();
}

const ms = (n: number) => `${Math.round(n)} ms`;
if (resets)
  console.log(`\n${resets} requests were sent again after a connection reset (their time includes both tries).`);
console.log("\n| measure | Schakel | floor | ratio |\n|---|---|---|---|");
for (const r of acks)
  console.log(
    `| ${r.name}, ${r.concurrency} at once: p50 / p99 | ${ms(r.p50)} / ${ms(r.p99)} | ` +
      `${ms(r.floorP50)} / ${ms(r.floorP99)} | ${(r.p99 / r.floorP99).toFixed(1)}× (p99) |`,
  );
for (const r of sweeps)
  console.log(
    `| sweep: ${r.rungs} due among ${r.open} open (${r.statementsPerRung.toFixed(1)} statements per rung) | ` +
      `${ms(r.ms)} (CPU ${ms(r.cpuMs)}) | ${ms(r.floorMs)} (CPU ${ms(r.floorCpuMs)}) | ` +
      `${(r.ms / r.floorMs).toFixed(1)}× (CPU ${(r.cpuMs / r.floorCpuMs).toFixed(1)}×) |`,
  );
for (const r of sweeps)
  console.log(
    `| event loop held during that sweep: typical batch / longest | ${ms(r.loopDelayBatchMs)} / ` +
      `${ms(r.loopDelayMaxMs)} | | |`,
  );
const floor = starts.find((r) => r.name.includes("floor"));
for (const r of starts.filter((s) => s !== floor))
  console.log(
    `| start to first answer, RSS (after a request): ${r.name} | ${ms(r.firstAnswerMs)}, ${r.rssMb.toFixed(0)} MB ` +
      `(${r.rssAfterRequestMb.toFixed(0)} MB) | ` +
      `${floor ? `${ms(floor.firstAnswerMs)}, ${floor.rssMb.toFixed(0)} MB` : ""} | |`,
  );
process.exit(0);
