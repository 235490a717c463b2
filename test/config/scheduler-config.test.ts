// The scheduler's settings from the environment: defaults that run the weekly digest on Monday morning and the
// retention job at night, and a stop at start-up (naming the setting) for a value that would misfire.
import { describe, expect, it } from "vitest";
import { loadSchedulerConfig } from "../../src/infra/scheduler/scheduler-config.ts";

describe("scheduler configuration", () => {
  it("defaults to on, the digest on Monday at 08:30 and retention at 04:15 after 730 days", () => {
    expect(loadSchedulerConfig({})).toEqual({
      enabled: true,
      digestWeekday: 1,
      digestTime: "08:30",
      retentionTime: "04:15",
      retentionDays: 730,
      sweepBatchSize: 50,
    });
  });

  it("reads every variable, and an empty public URL as none", () => {
    const config = loadSchedulerConfig({
      SCHAKEL_SCHEDULER: "false",
      SCHAKEL_PUBLIC_URL: "https://schakel.example.nl",
      SCHAKEL_DIGEST_WEEKDAY: "5",
      SCHAKEL_DIGEST_TIME: "16:45",
      SCHAKEL_RETENTION_TIME: "23:59",
      SCHAKEL_RETENTION_DAYS: "365",
      SCHAKEL_SWEEP_BATCH_SIZE: "1",
    });
    expect(config).toEqual({
      enabled: false,
      publicUrl: "https://schakel.example.nl",
      digestWeekday: 5,
      digestTime: "16:45",
      retentionTime: "23:59",
      retentionDays: 365,
      sweepBatchSize: 1,
    });
    expect(loadSchedulerConfig({ SCHAKEL_PUBLIC_URL: "" }).publicUrl).toBeUndefined();
  });

  it("stops on a value that would misfire, and says which setting and why", () => {
    expect(() => loadSchedulerConfig({ SCHAKEL_DIGEST_TIME: "02:15" })).toThrow(
      /digestTime: no job may run between 02:00 and 03:00/,
    );
    expect(() => loadSchedulerConfig({ SCHAKEL_RETENTION_TIME: "4:15" })).toThrow(/retentionTime: use HH:mm/);
    expect(() => loadSchedulerConfig({ SCHAKEL_DIGEST_WEEKDAY: "8" })).toThrow(/digestWeekday/);
    expect(() => loadSchedulerConfig({ SCHAKEL_SCHEDULER: "yes" })).toThrow(/enabled/);
    expect(() => loadSchedulerConfig({ SCHAKEL_RETENTION_DAYS: "0" })).toThrow(/retentionDays/);
    expect(() => loadSchedulerConfig({ SCHAKEL_SWEEP_BATCH_SIZE: "0" })).toThrow(/sweepBatchSize/);
    expect(() => loadSchedulerConfig({ SCHAKEL_PUBLIC_URL: "schakel.example.nl" })).toThrow(/publicUrl/);
  });
});
