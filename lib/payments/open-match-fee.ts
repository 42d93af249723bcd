// One open payment per match (docs/payments.md, "One open payment per match"): once a member chose a
// method, the other member and the other method see "결제가 진행 중이에요" until that payment ends.
// The partial unique index Payment_open_match_fee_key enforces it in the database; these checks give
// the member the sentence instead of a constraint error. Call with the match row locked (lockMatch).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { paymentDtoSelect } from "./schemas";
import { FEE_PAID_STATUSES, isFeePaid } from "./state-machine";

export const PAYMENT_IN_PROGRESS = "결제가 진행 중이에요. 진행 중인 결제가 끝나면 다시 시도해 주세요.";
export const ALREADY_PAID = "이미 결제가 끝난 매칭이에요. 매칭 화면에서 확인해 주세요.";

/**
 * The member's own open order of `method` for this match (to continue it), or null when none is open.
 * Throws 409 when the fee is paid, or another member or method holds the open payment.
 */
export async function ownOpenMatchFee(tx: Tx, matchId: string, me: string, method: "TOSS" | "TRANSFER") {
  const rows = await tx.payment.findMany({
    where: { matchId, purpose: "MATCH_FEE", status: { in: ["PENDING", "AWAITING_DEPOSIT", "CLOSING", ...FEE_PAID_STATUSES, "REFUND_PENDING", "NEEDS_REVIEW"] } },
    select: paymentDtoSelect,
  });
  if (rows.some((p) => isFeePaid(p.status) || p.status === "REFUND_PENDING")) throw new AppError("CONFLICT", ALREADY_PAID);
  const open = rows.find((p) => p.status === "PENDING" || p.status === "AWAITING_DEPOSIT");
  if (open && open.userId === me && open.method === method) return open;
  if (rows.length > 0) throw new AppError("CONFLICT", PAYMENT_IN_PROGRESS);
  return null;
}

/** A concurrent request won the race for the one open payment (unique violation): the same 409. */
export function isOpenFeeConflict(err: unknown): boolean {
  const e = err as { code?: string; meta?: { target?: unknown; constraint?: unknown } } | null;
  return e?.code === "P2002" && JSON.stringify(e.meta ?? {}).includes("matchId");
}
