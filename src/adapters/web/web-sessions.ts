// Server-side sessions of the production web page: the cookies (the session port lives in app, infra implements it).
export type { WebSession, WebSessionStore } from "../../app/web-session-port.ts";

/** Both cookies get the `__Host-` prefix (Secure, Path=/, no Domain): no subdomain can plant or overwrite them. */
export const SESSION_COOKIE = "schakel-session";
export const SIGN_IN_COOKIE = "schakel-sign-in";
export const COOKIE_OPTIONS = { path: "/", secure: true, httpOnly: true, sameSite: "Lax", prefix: "host" } as const;
