// The production web page's session port: the cookie carries a random token, the database the rest.
export interface WebSession {
  personId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface WebSessionStore {
  /** Starts a fresh session (a new token every sign-in, so a planted cookie can never be signed in). */
  create(personId: string, now: Date, expiresAt: Date): Promise<{ token: string; session: WebSession }>;
  /** The live session for a cookie token, or null when unknown or expired (an expired one is removed). */
  find(token: string, now: Date): Promise<WebSession | null>;
  revoke(token: string): Promise<void>;
}
