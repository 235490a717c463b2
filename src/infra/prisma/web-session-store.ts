// The WebSession table: the row's id is an HMAC of the cookie's token with the session secret, so a copy of
// the table is no set of working cookies; a CSRF token per session guards every POST.
import { createHmac, randomBytes } from "node:crypto";
import type { WebSession, WebSessionStore } from "../../app/web-session-port.ts";
import { subKey } from "../../config/web-auth-config.ts";
import type { Db } from "./client.ts";

const newToken = () => randomBytes(32).toString("base64url");

export function createWebSessionStore(db: Db, sessionSecret: string): WebSessionStore {
  const key = subKey(sessionSecret, "session-table");
  const idOf = (token: string) => createHmac("sha256", key).update(token).digest("hex");
  return {
    async create(personId, now, expiresAt) {
      // Expired sessions are cleared on every sign-in, so the table stays small without a job.
      await db.webSession.deleteMany({ where: { expiresAt: { lt: now } } });
      const token = newToken();
      const session: WebSession = { personId, csrfToken: newToken(), expiresAt };
      await db.webSession.create({ data: { id: idOf(token), ...session, createdAt: now } });
      return { token, session };
    },
    async find(token, now) {
      const row = await db.webSession.findUnique({ where: { id: idOf(token) } });
      if (!row) return null;
      if (row.expiresAt <= now) {
        await db.webSession.deleteMany({ where: { id: row.id } });
        return null;
      }
      return { personId: row.personId, csrfToken: row.csrfToken, expiresAt: row.expiresAt };
    },
    async revoke(token) {
      await db.webSession.deleteMany({ where: { id: idOf(token) } });
    },
  };
}
