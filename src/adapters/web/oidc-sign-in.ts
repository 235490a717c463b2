// OpenID Connect sign-in through openid-client: discovery from the issuer, the authorization code flow with
// PKCE, state and nonce. openid-client checks state, nonce, PKCE, issuer, audience, signature and expiry.
import type * as Oidc from "openid-client";
import { isLoopbackUrl, type WebAuthConfig } from "../../config/web-auth-config.ts";

/** What the browser keeps (signed) between leaving for the provider and coming back. */
export interface SignInTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface OidcSignIn {
  begin(returnTo: string): Promise<{ url: URL; transaction: SignInTransaction }>;
  /** Exchanges the code; throws when any check fails. Returns the verified ID token's claims. */
  finish(callbackUrl: URL, transaction: SignInTransaction): Promise<Record<string, unknown>>;
}

/** openid-client is loaded at the first sign-in, not at start: the demo console never signs anyone in. */
const loadOidc = () => import("openid-client");

export function createOidcSignIn(auth: WebAuthConfig): OidcSignIn {
  const redirectUri = `${auth.publicUrl}/auth/callback`;
  let configuration: Promise<Oidc.Configuration> | null = null;
  // Discovery happens at the first sign-in and is retried after a failure, so a provider outage at start-up
  // does not stop the chat bot. Plain http is accepted only for an issuer on this machine (tests).
  const discover = async () => {
    const oidc = await loadOidc();
    const options = isLoopbackUrl(auth.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const clientAuth = oidc.ClientSecretPost(auth.clientSecret);
    configuration ??= oidc
      .discovery(new URL(auth.issuer), auth.clientId, undefined, clientAuth, options)
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };
  return {
    async begin(returnTo) {
      const config = await discover();
      const oidc = await loadOidc();
      const transaction: SignInTransaction = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid email profile",
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.verifier),
        code_challenge_method: "S256",
      });
      return { url, transaction };
    },
    async finish(callbackUrl, transaction) {
      const oidc = await loadOidc();
      const tokens = await oidc.authorizationCodeGrant(await discover(), callbackUrl, {
        pkceCodeVerifier: transaction.verifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("the provider returned no ID token");
      return claims as Record<string, unknown>;
    },
  };
}

/** The roster e-mail the claims vouch for, or null when absent, not marked verified (exactly true), or when a
 *  required claim (e.g. Slack's workspace id) is missing or different. */
export function verifiedEmail(
  claims: Record<string, unknown>,
  auth: Pick<WebAuthConfig, "emailClaim" | "emailVerifiedClaim" | "requiredClaims">,
): string | null {
  for (const [claim, value] of Object.entries(auth.requiredClaims ?? {})) {
    if (String(claims[claim] ?? "") !== value) return null;
  }
  const email = claims[auth.emailClaim];
  const verified = claims[auth.emailVerifiedClaim];
  if (typeof email !== "string" || !email.includes("@")) return null;
  return verified === true || verified === "true" ? email.trim().toLowerCase() : null;
}
