// The address a coordinator returns to after sign-in is always a path of this site: every way browsers turn a
// path into another host (//host, /\host, tabs or newlines that browsers strip) falls back to the home page.
import { describe, expect, it } from "vitest";
import { safeReturnTo } from "../../../src/adapters/web/web-env.ts";

describe("the return address after sign-in", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnTo("/digest?region=wbw")).toBe("/digest?region=wbw");
    expect(safeReturnTo("/cases?region=wbw&x=%2F%2Fevil")).toBe("/cases?region=wbw&x=%2F%2Fevil");
  });

  it("replaces anything that could lead elsewhere, or back into sign-in, by /", () => {
    const attempts = [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/auth/login?returnTo=//evil.example",
      `/${"a".repeat(2001)}`,
    ];
    for (const attempt of attempts) expect(safeReturnTo(attempt), JSON.stringify(attempt)).toBe("/");
  });
});
