// PII encryption (AES-256-GCM, random IV, tamper detection, key rotation) and the blind index.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  blindIndex,
  createPiiCipher,
  decryptPii,
  encryptPii,
  formatPhone,
  maskPhone,
  normalizePhone,
  parseKeyring,
  phoneBlindIndex,
  PiiDecryptError,
} from "@/lib/crypto/pii";

const key = () => randomBytes(32).toString("base64");
const INDEX_KEY = "blind-index-key-for-unit-tests-0000000000";

describe("encryptPii / decryptPii", () => {
  it("round-trips Korean and ASCII text", () => {
    for (const value of ["01012345678", "김민준", "", "이름 with spaces ✓"]) {
      expect(decryptPii(encryptPii(value))).toBe(value);
    }
  });

  it("stores keyId:iv:tag:ciphertext in base64url without the plaintext", () => {
    const stored = encryptPii("01012345678");
    const parts = stored.split(":");
    expect(parts).toHaveLength(4);
    for (const p of parts.slice(1)) expect(p).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(Buffer.from(parts[1], "base64url")).toHaveLength(12);
    expect(Buffer.from(parts[2], "base64url")).toHaveLength(16);
    expect(stored).not.toContain("01012345678");
    expect(stored).not.toContain("12345678");
  });

  it("uses a random IV: the same plaintext encrypts differently every time", () => {
    const a = encryptPii("01012345678");
    const b = encryptPii("01012345678");
    expect(a).not.toBe(b);
    expect(a.split(":")[1]).not.toBe(b.split(":")[1]);
    expect(decryptPii(a)).toBe(decryptPii(b));
  });

  it("detects tampering with the ciphertext, the tag, the IV or the key id", () => {
    const stored = encryptPii("01099998888");
    const [id, iv, tag, ct] = stored.split(":");
    const flip = (b64: string) => {
      const buf = Buffer.from(b64, "base64url");
      buf[0] ^= 0x01;
      return buf.toString("base64url");
    };
    for (const bad of [
      [id, iv, tag, flip(ct)],
      [id, iv, flip(tag), ct],
      [id, flip(iv), tag, ct],
      ["nokey", iv, tag, ct],
    ]) {
      expect(() => decryptPii(bad.join(":"))).toThrow(PiiDecryptError);
    }
    expect(() => decryptPii("not-an-encrypted-value")).toThrow(PiiDecryptError);
  });

  it("rotates keys: values written with the old key still decrypt after a new primary is added", () => {
    const oldKey = `old:${key()}`;
    const newKey = `new:${key()}`;
    const before = createPiiCipher({ keys: oldKey, blindIndexKey: INDEX_KEY });
    const written = before.encrypt("01011112222");
    expect(before.keyIdOf(written)).toBe("old");

    const after = createPiiCipher({ keys: `${newKey},${oldKey}`, blindIndexKey: INDEX_KEY });
    expect(after.decrypt(written)).toBe("01011112222");
    const rewritten = after.encrypt("01011112222");
    expect(after.keyIdOf(rewritten)).toBe("new");

    // once the old key is removed, its values can no longer be read
    const retired = createPiiCipher({ keys: newKey, blindIndexKey: INDEX_KEY });
    expect(retired.decrypt(rewritten)).toBe("01011112222");
    expect(() => retired.decrypt(written)).toThrow(PiiDecryptError);
  });

  it("a value encrypted under one key does not decrypt under another key with the same id", () => {
    const a = createPiiCipher({ keys: `k1:${key()}`, blindIndexKey: INDEX_KEY });
    const b = createPiiCipher({ keys: `k1:${key()}`, blindIndexKey: INDEX_KEY });
    expect(() => b.decrypt(a.encrypt("비밀"))).toThrow(PiiDecryptError);
  });

  it("rejects malformed keyrings", () => {
    expect(() => parseKeyring("")).toThrow();
    expect(() => parseKeyring("k1:c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => parseKeyring(`bad id:${key()}`)).toThrow();
    const k = key();
    expect(() => parseKeyring(`k1:${k},k1:${k}`)).toThrow(/unique/);
  });
});

describe("blind index", () => {
  it("is deterministic, keyed and hides the value", () => {
    expect(blindIndex("01012345678")).toBe(blindIndex("01012345678"));
    expect(blindIndex("01012345678")).not.toBe(blindIndex("01012345679"));
    expect(blindIndex("01012345678")).toMatch(/^[0-9a-f]{64}$/);
    const other = createPiiCipher({ keys: `k1:${key()}`, blindIndexKey: "another-blind-index-key-000000000000000" });
    expect(other.blindIndex("01012345678")).not.toBe(blindIndex("01012345678"));
  });

  it("normalizes phone formats to one index", () => {
    const expected = phoneBlindIndex("01012345678");
    expect(expected).toBeTruthy();
    for (const v of ["010-1234-5678", "010 1234 5678", "+82 10-1234-5678", "+821012345678", "0082-10-1234-5678", " 010.1234.5678 "]) {
      expect(phoneBlindIndex(v)).toBe(expected);
    }
    expect(phoneBlindIndex("010-1234-567")).toBeNull();
  });
});

describe("Korean mobile numbers", () => {
  it("normalizes valid 010 numbers and refuses others", () => {
    expect(normalizePhone("010-1234-5678")).toBe("01012345678");
    expect(normalizePhone("+82 10 1234 5678")).toBe("01012345678");
    for (const bad of ["011-123-4567", "02-123-4567", "010-1234-56789", "010-12a4-5678", "", "1012345678"]) {
      expect(normalizePhone(bad)).toBeNull();
    }
  });

  it("formats and masks", () => {
    expect(formatPhone("01012345678")).toBe("010-1234-5678");
    expect(maskPhone("01012345678")).toBe("010-****-5678");
  });
});
