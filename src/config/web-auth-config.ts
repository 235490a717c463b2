// The production web surface's sign-in settings (OpenID Connect), read from the environment and validated.
// Production refuses to start without them; demo mode ignores them.
import { hkdfSync } from "node:crypto";
import { z } from "zod";
import { invalidSettings, issueLines, keyPath } from "./zod-issues.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** Plain http is only acceptable on the machine itself (a local test provider or a test browser). */
export function isLoopbackUrl(value: string): boolean {
  return URL.canParse(value) && LOOPBACK.has(new URL(value).hostname);
}
/** A listening address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
const httpsOrLoopback = (what: string) =>
  z
    .url()
    .refine(
      (v) => v.startsWith("https://") || isLoopbackUrl(v),
      `${what} must use https:// (plain http only on localhost)`,
    );

export const webAuthSchema = z.object({
  issuer: httpsOrLoopback("SCHAKEL_OIDC_ISSUER"),
  clientId: z.string().min(1),
  clientSecret: z.string().min(8, "looks too short for a client secret"),
  publicUrl: httpsOrLoopback("SCHAKEL_PUBLIC_URL").transform((v) => v.replace(/\/+$/, "")),
  sessionSecret: z.string().min(32, "use at least 32 random characters (e.g. openssl rand -base64 48)"),
  /** The ID-token claim holding the e-mail address matched against the roster. */
  emailClaim: z.string().min(1).default("email"),
  /** The claim that must be exactly true before that address is trusted (Entra ID: xms_edov). */
  emailVerifiedClaim: z.string().min(1).default("email_verified"),
  sessionHours: z.coerce.number().min(0.25).max(24).default(8),
  /** Claims the ID token must carry with exactly these values, e.g. Slack's workspace:
   *  `https://slack.com/team_id=T0123ABCD` (any workspace owner can otherwise vouch for an e-mail). */
  requiredClaims: z.record(z.string(), z.string()).default({}),
});
export type WebAuthConfig = z.infer<typeof webAuthSchema>;

const VARIABLES = {
  issuer: "SCHAKEL_OIDC_ISSUER",
  clientId: "SCHAKEL_OIDC_CLIENT_ID",
  clientSecret: "SCHAKEL_OIDC_CLIENT_SECRET",
  publicUrl: "SCHAKEL_PUBLIC_URL",
  sessionSecret: "SCHAKEL_SESSION_SECRET",
  emailClaim: "SCHAKEL_OIDC_EMAIL_CLAIM",
  emailVerifiedClaim: "SCHAKEL_OIDC_EMAIL_VERIFIED_CLAIM",
  sessionHours: "SCHAKEL_SESSION_HOURS",
  requiredClaims: "SCHAKEL_OIDC_REQUIRED_CLAIMS",
} as const;

const variableOf = (key: PropertyKey | undefined): string | undefined =>
  Object.entries(VARIABLES).find(([k]) => k === key)?.[1];

/** Any of these means sign-in (so production) is being prepared: the mode must then be chosen explicitly. */
export const WEB_AUTH_VARIABLES: readonly string[] = Object.values(VARIABLES);
const REQUIRED = ["issuer", "clientId", "clientSecret", "publicUrl", "sessionSecret"] as const;

/** `claim=value,claim=value`, e.g. Slack's workspace `https://slack.com/team_id=T0123ABCD` (the claim may hold
 *  "=" itself: the value is what follows the last one). */
function claimPairs(text: string): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const pair of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf("=");
    if (at <= 0 || at === pair.length - 1) {
      throw invalidSettings("sign-in configuration", [`SCHAKEL_OIDC_REQUIRED_CLAIMS: "${pair}" is not claim=value`]);
    }
    claims[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return claims;
}

/** Throws a clear English message naming every missing or wrong variable. */
export function loadWebAuthConfig(env: NodeJS.ProcessEnv): WebAuthConfig {
  const read = (key: keyof typeof VARIABLES) => (env[VARIABLES[key]] ? env[VARIABLES[key]] : undefined);
  const missing = REQUIRED.filter((key) => !read(key)).map((key) => VARIABLES[key]);
  if (missing.length) {
    throw new Error(
      `SCHAKEL_MODE=production needs OpenID Connect sign-in for the web page, but ${missing.join(", ")} ` +
        `${missing.length === 1 ? "is" : "are"} not set. See docs/production.md.`,
    );
  }
  const keys = Object.keys(VARIABLES) as (keyof typeof VARIABLES)[];
  const values: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, read(k)]));
  values.requiredClaims = claimPairs(read("requiredClaims") ?? "");
  const parsed = webAuthSchema.safeParse(values);
  if (!parsed.success) {
    const name = (path: readonly PropertyKey[]) => variableOf(path[0]) ?? keyPath(path);
    throw invalidSettings("sign-in configuration", issueLines(parsed.error.issues, { name }));
  }
  return parsed.data;
}

/** One secret, separate keys per purpose (the session table's HMAC, the sign-in cookie's signature). */
export function subKey(secret: string, purpose: "session-table" | "sign-in-cookie"): string {
  return Buffer.from(hkdfSync("sha256", secret, "schakel", purpose, 32)).toString("base64url");
}
