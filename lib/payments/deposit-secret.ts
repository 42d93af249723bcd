// The secret of a Toss 가상계좌 payment: Toss returns it with the issued account (confirm) and puts it
// in every DEPOSIT_CALLBACK for that payment. Stored only as a SHA-256 hash; a callback's secret is
// compared with it in constant time (lib/crypto/constant-time.ts). Never logged.
import { createHash } from "node:crypto";
import { secretsEqual } from "@/lib/crypto/constant-time";

export const depositSecretHash = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** True when `presented` is the secret whose hash was stored (constant time; false when none is stored). */
export function depositSecretMatches(presented: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  return secretsEqual(depositSecretHash(presented), storedHash);
}
