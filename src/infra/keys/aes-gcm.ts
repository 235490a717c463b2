// AES-256-GCM through node:crypto KeyObjects, as one dotted text: "<version>.<iv>.<tag>.<body>" (base64 parts).
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from "node:crypto";

export function encryptText(version: string, key: KeyObject, plain: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [version, iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
}

/** The version of a sealed text ("v1", "v2", "k1"), or null when it is not one. */
export function versionOf(sealed: string): string | null {
  const parts = sealed.split(".");
  return parts.length === 4 ? (parts[0] ?? null) : null;
}

/** Opens a text written by encryptText; throws when the key, the version or the associated data do not match. */
export function decryptText(version: string, key: KeyObject, sealed: string, aad: string | null): Buffer {
  const [found, iv, tag, body] = sealed.split(".");
  if (found !== version || !iv || !tag || body === undefined) {
    throw new Error(`sealed value is not in format ${version}`);
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
  if (aad !== null) decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]);
}
