// Toss checkouts as the payment tests drive them (payments-faults, payments-virtual-account): a PENDING
// match of two fresh members, the app's order (ready), and what the member does in Toss's window —
// pays by card (an authenticated IN_PROGRESS payment at the local Toss) or picks 가상계좌 — then the
// success page's confirm.
import { expect } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { prisma } from "@/lib/db";
import { canonicalPair } from "@/lib/matching/pair";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { callOp } from "./call-op";
import { createMember } from "./factories";

type Member = Awaited<ReturnType<typeof createMember>>;
export type Checkout = { paymentId: string; orderId: string; amount: number; paymentKey: string };

/** two fresh members (M, F) with a PENDING match that expires in 7 days */
export async function pendingMatch() {
  const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
  const match = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() + 7 * 86_400_000) } });
  return { a, b, match };
}

export const ready = (m: Member, body: object) => callOp(readyTossPaymentOperation, { as: m, body });
const orderOf = (matchId?: string) => (matchId ? { productId: "match-fee", matchId } : { productId: "membership-basic-90d" });

/** the member pays in the card window: Toss holds an authenticated IN_PROGRESS payment */
export async function cardCheckout(m: Member, matchId?: string): Promise<Checkout> {
  const res = await ready(m, orderOf(matchId));
  expect(res.status).toBe(201);
  const { orderId, amount, orderName } = res.body.checkout;
  const toss = tossStub.createAuthorizedPayment({ orderId, amount, orderName });
  return { paymentId: res.body.payment.id as string, orderId: orderId as string, amount: amount as number, paymentKey: toss.paymentKey };
}

/** ready, then the member picks 가상계좌 in Toss's window (requestPayment('가상계좌', { validHours, virtualAccountCallbackUrl })) */
export async function accountCheckout(m: Member, matchId?: string): Promise<Checkout> {
  const res = await ready(m, orderOf(matchId));
  expect(res.status).toBe(201);
  const { orderId, amount, orderName, customerName, validHours, virtualAccountCallbackUrl, methods } = res.body.checkout;
  expect(methods).toEqual(["카드", "가상계좌"]);
  expect(virtualAccountCallbackUrl).toMatch(/\/api\/webhooks\/toss$/);
  const toss = tossStub.createAuthorizedPayment({ orderId, amount, orderName, method: "가상계좌", customerName, validHours });
  return { paymentId: res.body.payment.id as string, orderId: orderId as string, amount: amount as number, paymentKey: toss.paymentKey };
}

/** the success page's confirm (POST /api/payments/toss/confirm) */
export const confirm = (m: Member, c: Pick<Checkout, "paymentKey" | "orderId" | "amount">) =>
  callOp(confirmTossPaymentOperation, { as: m, body: { paymentKey: c.paymentKey, orderId: c.orderId, amount: c.amount } });
