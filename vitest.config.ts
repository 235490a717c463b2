import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One module graph per worker, not per file: each file no longer re-imports the app (Bolt, the Teams SDK, Prisma),
    // which was half the suite's CPU. Files share no state but what they start themselves (apps on copies of the
    // template database, port 0), so each still passes alone and in any order (`--sequence.shuffle`).
    isolate: false,
    // Both cores of the 2-core CI machine (the default leaves one idle): the suite's wall time nearly halves.
    maxWorkers: 2,
    // `npm run coverage` (not part of `npm test`): V8 coverage of src, summarised per file in coverage/.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/generated/**"],
      reporter: ["text-summary", "json-summary", "html"],
      reportsDirectory: "coverage",
    },
  },
});
