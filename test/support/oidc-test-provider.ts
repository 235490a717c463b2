// A real OpenID Connect provider (oidc-provider) on 127.0.0.1, port 0, with one confidential test client and
// accounts whose login is their e-mail. Its development login form accepts any password.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestAccount {
  email: string;
  emailVerified: boolean;
}
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const listening = (server: http.Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });

/** An HTTP server on 127.0.0.1 with a free port, for an app whose public URL must be known before it starts. */
export async function listeningServer(): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer();
  return { server, url: `http://127.0.0.1:${await listening(server)}` };
}

export async function startTestProvider(
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  const server = http.createServer();
  const issuer = `http://127.0.0.1:${await listening(server)}`;
  const client = { clientId: "schakel-test", clientSecret: "test-client-secret-0042" };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    // Like Entra ID and Slack: the e-mail claims are in the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: ["schakel-test-provider-cookie-key"] },
    findAccount: (_ctx, id) => {
      const account = accounts[id];
      if (!account) return undefined;
      const claims = async () => ({ sub: id, email: account.email, email_verified: account.emailVerified });
      return { accountId: id, claims };
    },
  });
  server.on("request", provider.callback());
  return { issuer, ...client, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
