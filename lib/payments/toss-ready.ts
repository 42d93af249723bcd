// POST /api/payments/toss/ready use case: opens a card order for a product of the price table (a
// membership, or the match fee of a PENDING match the caller takes part in) and returns what the
// member's page hands to loadTossPayments(clientKey, { src }) + requestPayment('카드', …). Amount and
// order name come from the price table, never from the client; the order id is unguessable.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { visibleMatchWhere } from "@/lib/core/visibility";
import { newOrderId } from "./ids";
import { findProduct, type Product } from "./products";
import { isOpenFeeConflict, ownOpenMatchFee, PAYMENT_IN_PROGRESS } from "./open-match-fee";
import { lockMatch } from "./purchase";
import { paymentDtoSelect, toPaymentDto, ZTossReadyRequest, ZTossReadyResponse, type TossCheckout, type TossReadyRequest } from "./schemas";

export const checkoutUrls = () => {
  const base = env.APP_URL.replace(/\/+$/, "");
  return { successUrl: `${base}/checkout/success`, failUrl: `${base}/checkout/fail` };
};

/** How long an issued 가상계좌 takes the deposit (Toss's default is 7 days; a match should not wait that long). */
export const VIRTUAL_ACCOUNT_VALID_HOURS = 24;

/** The requestPayment parameters of a stored order (also used to reopen the card window). */
export function tossCheckoutOf(p: { amount: number; orderId: string; orderName: string }, customerName: string | null): TossCheckout {
  return {
    clientKey: env.TOSS_CLIENT_KEY,
    sdkUrl: env.TOSS_SDK_URL,
    method: "카드",
    methods: ["카드", "가상계좌"],
    validHours: VIRTUAL_ACCOUNT_VALID_HOURS,
    virtualAccountCallbackUrl: `${env.APP_URL.replace(/\/+$/, "")}/api/webhooks/toss`,
    amount: p.amount,
    orderId: p.orderId,
    orderName: p.orderName,
    customerName: (customerName ?? "인연 회원").slice(0, 100),
    ...checkoutUrls(),
  };
}

export async function customerNameOf(userId: string): Promise<string | null> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { name: true, profile: { select: { nickname: true } } } });
  return u?.profile?.nickname ?? u?.name ?? null;
}

export async function readyTossPayment({ actor, input }: { actor: Actor; input: TossReadyRequest }) {
  const product = findProduct(input.productId) as Product;
  const me = actor.userId;
  // the same rule as every match route: a match hidden by a block (or not the caller's) is a 404
  if (product.kind === "MATCH_FEE" && !(await prisma.match.findFirst({ where: { id: input.matchId!, ...visibleMatchWhere(me) }, select: { id: true } }))) throw notFound("매칭");
  const payment = await prisma.$transaction(async (tx) => {
    if (product.kind === "MATCH_FEE") {
      const match = await lockMatch(tx, input.matchId!);
      if (!match || match.status !== "PENDING") throw notFound("매칭");
      const open = await ownOpenMatchFee(tx, match.id, me, "TOSS");
      if (open) return open; // the member's own card order, reopened
    }
    return tx.payment.create({
      data: {
        userId: me,
        matchId: product.kind === "MATCH_FEE" ? input.matchId! : null,
        purpose: product.kind,
        method: "TOSS",
        amount: product.price,
        orderId: newOrderId(),
        orderName: product.name,
        productId: product.id,
        membershipTier: product.tier,
      },
      select: paymentDtoSelect,
    });
  }).catch((err: unknown) => {
    throw isOpenFeeConflict(err) ? new AppError("CONFLICT", PAYMENT_IN_PROGRESS) : err;
  });
  return { payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT), checkout: tossCheckoutOf(payment, await customerNameOf(me)) };
}

export const readyTossPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/payments/toss/ready",
  access: "member",
  tag: "payments",
  summary: "토스 결제 준비: 주문 생성 (금액·주문명은 가격표에서), requestPayment('카드' | '가상계좌') 파라미터 반환",
  body: ZTossReadyRequest,
  output: ZTossReadyResponse,
  status: 201,
  rateLimit: { name: "payments-ready", limit: 20, windowMs: 60_000, by: "actor" },
  run: readyTossPayment,
});

/** The card window parameters of the caller's own open order (the /checkout/[orderId] page); else 404. */
/** The cheap check of the checkout page: is this the caller's own Toss order? */
export async function tossOrderVisibleTo(actor: Actor, orderId: string): Promise<boolean> {
  return (await prisma.payment.findFirst({ where: { orderId, userId: actor.userId, method: "TOSS" }, select: { id: true } })) !== null;
}

export async function getTossCheckout({ actor, orderId }: { actor: Actor; orderId: string }) {
  const p = await prisma.payment.findFirst({ where: { orderId, userId: actor.userId, method: "TOSS" }, select: paymentDtoSelect });
  if (!p) throw notFound("주문");
  return { payment: toPaymentDto(p, env.BANK_ACCOUNT_TEXT), checkout: p.status === "PENDING" ? tossCheckoutOf(p, await customerNameOf(actor.userId)) : null };
}
