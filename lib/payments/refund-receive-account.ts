// Where the refund of a deposited Toss 가상계좌 goes: Toss's cancel API needs `refundReceiveAccount`
// { bank (Toss's bank code), accountNumber, holderName } — the member's own account, which the member
// types in the refund flow (lib/refunds: the request, or "환불 받을 계좌" for a refund the app opened on
// its own). It is stored encrypted on the RefundRequest (AES-256-GCM like other PII) and decrypted here
// only to be sent to Toss; never logged.
import type { prisma, Tx } from "@/lib/db";
import { decryptPii } from "@/lib/crypto/pii";
import { tossBankCodeOf } from "./banks";
import type { TossRefundAccount } from "./toss-client";

/** Separator of the three stored fields (bank name, number, holder): a character none may contain. */
export const ACCOUNT_SEP = "\u001f";

/** The stored account as its three fields. */
export function parseStoredAccount(stored: string): { bank: string; accountNumber: string; holder: string } {
  const [bank, accountNumber, holder] = decryptPii(stored).split(ACCOUNT_SEP);
  return { bank: bank ?? "", accountNumber: accountNumber ?? "", holder: holder ?? "" };
}

/** A payment whose refund goes to the member's own account: a bank transfer, or a deposited 가상계좌. */
export const refundsToAccount = (p: { method: string; virtualAccount?: unknown }) => p.method === "TRANSFER" || (p.virtualAccount !== null && p.virtualAccount !== undefined);

/** The account the member named for this payment's open (or last) refund, in Toss's form; null when none. */
export async function refundReceiveAccountOf(db: Tx | typeof prisma, paymentId: string): Promise<TossRefundAccount | null> {
  const r = await db.refundRequest.findFirst({
    where: { paymentId, refundAccountEnc: { not: null }, status: { in: ["REQUESTED", "APPROVED", "REFUNDED"] } },
    orderBy: { createdAt: "desc" },
    select: { refundAccountEnc: true },
  });
  if (!r?.refundAccountEnc) return null;
  const a = parseStoredAccount(r.refundAccountEnc);
  const bank = tossBankCodeOf(a.bank);
  if (!bank) return null;
  return { bank, accountNumber: a.accountNumber.replace(/\D/g, ""), holderName: a.holder };
}
