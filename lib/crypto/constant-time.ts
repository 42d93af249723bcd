// Constant-time secret comparison: hashing both sides first equalizes their lengths.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

const sha256 = (v: string) => createHash("sha256").update(v).digest();

export function secretsEqual(presented: string, expected: string): boolean {
  return timingSafeEqual(sha256(presented), sha256(expected)) && presented.length > 0;
}
