// Encrypts personal fields and free text at rest (AES-256-GCM); only the private view opens them.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Sealer } from "../app/ports.ts";

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error("SCHAKEL_DATA_KEY must be 32 bytes (base64 of 32 random bytes)");
  const fingerprintKey = createHmac("sha256", key).update("schakel:household-fingerprint").digest();
  return {
    fingerprint: (text) => createHmac("sha256", fingerprintKey).update(text).digest("hex"),
    seal(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
      return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
    },
    open<T>(sealed: string): T {
      const [version, iv, tag, body] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || !body) throw new Error("sealed value has an unknown format");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      const text = Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
      return JSON.parse(text) as T;
    },
  };
}
