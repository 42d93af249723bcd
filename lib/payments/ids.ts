// Identifiers the outside world sees: Toss order ids (unguessable; Toss allows [A-Za-z0-9_=-]{6,64})
// and bank-transfer depositor codes (short enough for a bank's 입금자명 field, unambiguous to read).
import { randomBytes, randomInt } from "node:crypto";

/** 144 random bits: nobody can guess another member's order (the confirm still checks the owner). */
export const newOrderId = () => `inyeon_${randomBytes(18).toString("base64url")}`;

// no I or O: they read as 1 and 0 over the phone and on bank statements
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** e.g. KM-4821-QXT (24³ × 10⁴ ≈ 1.4 × 10⁸ codes; the unique index and a retry settle collisions). */
export function newDepositCode(): string {
  const digits = String(randomInt(0, 10_000)).padStart(4, "0");
  const letters = Array.from({ length: 3 }, () => LETTERS[randomInt(0, LETTERS.length)]).join("");
  return `KM-${digits}-${letters}`;
}

export const DEPOSIT_CODE_RE = /^KM-\d{4}-[A-HJ-NP-Z]{3}$/;

/** Toss idempotency keys derived from our own ids, so every retry of the same step reuses its key. */
export const confirmIdempotencyKey = (orderId: string, paymentKey: string) => `confirm:${orderId}:${paymentKey}`;
export const cancelIdempotencyKey = (paymentId: string, refundedBefore: number, amount: number) => `cancel:${paymentId}:${refundedBefore}:${amount}`;
