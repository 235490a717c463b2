// Which ID-token claims let a person in: a verified e-mail (exactly true), and every required claim (such as
// the Slack workspace) with exactly its value.
import { describe, expect, it } from "vitest";
import { verifiedEmail } from "../../../src/adapters/web/oidc-sign-in.ts";

const slack = { emailClaim: "email", emailVerifiedClaim: "email_verified", requiredClaims: {} };

describe("the e-mail a sign-in vouches for", () => {
  it("is trusted only when marked verified", () => {
    expect(verifiedEmail({ email: " Yvonne@Example.nl ", email_verified: true }, slack)).toBe("yvonne@example.nl");
    expect(verifiedEmail({ email: "yvonne@example.nl", email_verified: false }, slack)).toBeNull();
    expect(verifiedEmail({ email: "yvonne@example.nl" }, slack)).toBeNull();
  });

  it("needs every required claim with exactly its value (a sign-in from another Slack workspace is refused)", () => {
    const auth = { ...slack, requiredClaims: { "https://slack.com/team_id": "T0123ABCD" } };
    const claims = { email: "yvonne@example.nl", email_verified: true };
    expect(verifiedEmail({ ...claims, "https://slack.com/team_id": "T0123ABCD" }, auth)).toBe("yvonne@example.nl");
    expect(verifiedEmail({ ...claims, "https://slack.com/team_id": "T9999EVIL" }, auth)).toBeNull();
    expect(verifiedEmail(claims, auth)).toBeNull();
  });
});
