// PII at rest: AES-256-GCM with a random 12-byte IV per value, stored as "keyId:iv:tag:ciphertext"
// (base64url), and a keyed blind index (HMAC-SHA256) for exact lookups such as the banned-phone check.
// Keys come from env.PII_ENCRYPTION_KEYS ("keyId:base64key,…"): the first encrypts, any decrypts, so a
// new key is rotated in by putting it first and old values stay readable until re-encrypted.
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class PiiDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PiiDecryptError";
  }
}

export type PiiKey = { id: string; key: Buffer };

/** Parses "keyId:base64key,keyId2:base64key2" — every key must be exactly 32 bytes. */
export function parseKeyring(spec: string): PiiKey[] {
  const keys = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const sep = entry.indexOf(":");
      if (sep <= 0) throw new Error("PII key entries must look like keyId:base64key");
      const id = entry.slice(0, sep);
      const key = Buffer.from(entry.slice(sep + 1), "base64");
      if (!KEY_ID.test(id)) throw new Error(`PII key id "${id}" must match ${KEY_ID}`);
      if (key.length !== 32) throw new Error(`PII key "${id}" must decode to 32 bytes (got ${key.length})`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error("PII_ENCRYPTION_KEYS holds no key");
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error("PII key ids must be unique");
  return keys;
}

export type PiiCipher = {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** the key id a stored value was encrypted with (to find values needing re-encryption) */
  keyIdOf(stored: string): string;
  blindIndex(value: string): string;
};

export function createPiiCipher(opts: { keys: string | PiiKey[]; blindIndexKey: string }): PiiCipher {
  const keyring = typeof opts.keys === "string" ? parseKeyring(opts.keys) : opts.keys;
  const byId = new Map(keyring.map((k) => [k.id, k.key]));
  const primary = keyring[0];
  if (opts.blindIndexKey.length < 32) throw new Error("PII blind index key must be at least 32 characters");

  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, primary.key, iv, { authTagLength: TAG_BYTES });
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [primary.id, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(":");
    },
    decrypt(stored) {
      const parts = stored.split(":");
      if (parts.length !== 4) throw new PiiDecryptError("malformed encrypted value");
      const [id, ivB64, tagB64, ctB64] = parts;
      const key = byId.get(id);
      if (!key) throw new PiiDecryptError(`unknown PII key id "${id}"`);
      const iv = Buffer.from(ivB64, "base64url");
      const tag = Buffer.from(tagB64, "base64url");
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PiiDecryptError("malformed encrypted value");
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(Buffer.from(ctB64, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        // GCM authentication failed: the value was altered or belongs to another key
        throw new PiiDecryptError("encrypted value failed authentication");
      }
    },
    keyIdOf(stored) {
      return stored.split(":", 1)[0];
    },
    blindIndex(value) {
      return createHmac("sha256", opts.blindIndexKey).update(normalizeForIndex(value), "utf8").digest("hex");
    },
  };
}

/** Generic normalization before hashing: Unicode NFC, no surrounding or inner whitespace. */
function normalizeForIndex(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, "");
}

let cached: PiiCipher | undefined;
function envCipher(): PiiCipher {
  cached ??= createPiiCipher({ keys: env.PII_ENCRYPTION_KEYS, blindIndexKey: env.PII_BLIND_INDEX_KEY });
  return cached;
}

export const encryptPii = (plaintext: string): string => envCipher().encrypt(plaintext);
export const decryptPii = (stored: string): string => envCipher().decrypt(stored);
export const blindIndex = (value: string): string => envCipher().blindIndex(value);

/** decryptPii for nullable columns */
export const decryptPiiOrNull = (stored: string | null | undefined): string | null => (stored ? decryptPii(stored) : null);

// ── Korean mobile numbers ────────────────────────────────────────────────────────────────────

/**
 * "010-1234-5678", "010 1234 5678", "+82 10-1234-5678", "01012345678" → "01012345678";
 * anything that is not a Korean 010 mobile number → null.
 */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s\-().]/g, "");
  if (digits.startsWith("+82")) digits = `0${digits.slice(3).replace(/^0/, "")}`;
  else if (digits.startsWith("0082")) digits = `0${digits.slice(4).replace(/^0/, "")}`;
  return /^010\d{8}$/.test(digits) ? digits : null;
}

/** The blind index stored in User.phoneHash and BannedPhone.phoneHash (null for an invalid number). */
export function phoneBlindIndex(phone: string): string | null {
  const normalized = normalizePhone(phone);
  return normalized ? blindIndex(normalized) : null;
}

/** "01012345678" → "010-1234-5678" */
export function formatPhone(normalized: string): string {
  return normalized.replace(/^(\d{3})(\d{4})(\d{4})$/, "$1-$2-$3");
}

/** "01012345678" → "010-****-5678" (what the member's own account page shows) */
export function maskPhone(normalized: string): string {
  return normalized.replace(/^(\d{3})\d{4}(\d{4})$/, "$1-****-$2");
}
