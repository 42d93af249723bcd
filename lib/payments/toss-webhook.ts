// POST /api/webhooks/toss use case: Toss's webhooks.
//
// PAYMENT_STATUS_CHANGED ({ eventType, createdAt, data: Payment }): payment webhooks are NOT signed, so
// the body is only a hint: the payment is re-fetched from Toss by its paymentKey (with our secret key)
// and the order it names is settled through the one settlement path (settle-toss.ts).
//
// DEPOSIT_CALLBACK (가상계좌; { createdAt, secret, status, transactionKey, orderId }, also accepted
// wrapped as { eventType: "DEPOSIT_CALLBACK", data: {…} }): accepted only when `secret` equals the one
// Toss returned for that order at confirm (its stored hash, compared in constant time); then the
// payment is re-fetched from Toss and settled (DONE → PAID and granted like a card payment). A wrong
// secret or an order without an issued account is refused with 403 and logged at warn (the order's id
// is ours and unguessable; the secret is never logged) — except an order the app ended before it learnt
// of its account (a confirm answered too late): Toss is asked, and money held there is parked for a
// person (settle-toss.ts lateMoney).
//
// Idempotent: a replay finds the payment already settled and changes nothing. Answers 2xx for events
// it ignores (unknown payments, other event types); 503 when Toss cannot be asked, so Toss retries.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { depositSecretMatches } from "./deposit-secret";
import { zPaymentKey } from "./payment-key";
import { settleTossPayment, type SettleOutcome } from "./settle-toss";
import { isEndedWithoutCharge } from "./state-machine";
import { getTossPayment, TossApiError } from "./toss-client";

const ZDepositCallbackData = z.looseObject({
  secret: z.string().min(1).max(100),
  status: z.string().max(32),
  orderId: z.string().min(1).max(64),
  transactionKey: z.string().max(64).optional(),
  createdAt: z.string().max(64).optional(),
});
export type TossDepositCallback = z.infer<typeof ZDepositCallbackData>;

const ZStatusChanged = z.looseObject({
  eventType: z.string().max(64),
  createdAt: z.string().max(64).optional(),
  data: z.looseObject({ paymentKey: zPaymentKey().optional(), orderId: z.string().max(64).optional(), status: z.string().max(32).optional() }).optional(),
});
/** Toss's webhook bodies: an event with eventType, or the flat 가상계좌 deposit callback. */
export const ZTossWebhook = z.union([
  z.looseObject({ eventType: z.literal("DEPOSIT_CALLBACK"), createdAt: z.string().max(64).optional(), data: ZDepositCallbackData }),
  ZStatusChanged,
  ZDepositCallbackData,
]);
export type TossWebhook = z.infer<typeof ZTossWebhook>;
const ZWebhookResult = z.object({ ok: z.literal(true), handled: z.boolean(), status: z.string().nullable() });
type WebhookResult = z.infer<typeof ZWebhookResult>;

const ignored: WebhookResult = { ok: true, handled: false, status: null };

/** A refusal recorded on the payment (e.g. a match fee for a closed match) leaves Toss nothing to retry. */
const settleForWebhook = (paymentId: string, now: Date): Promise<SettleOutcome | null> =>
  settleTossPayment({ paymentId, source: "webhook", now }).catch((err: unknown) => {
    if (err instanceof AppError && err.code !== "UNAVAILABLE" && err.code !== "INTERNAL") return null;
    throw err;
  });

export async function handleTossWebhook({ input, now = new Date() }: { input: TossWebhook; now?: Date }): Promise<WebhookResult> {
  const deposit = ZDepositCallbackData.safeParse(input.eventType === "DEPOSIT_CALLBACK" ? input.data : input);
  if (deposit.success) return handleDepositCallback(deposit.data, now);
  const event = ZStatusChanged.safeParse(input);
  const paymentKey = event.success ? event.data.data?.paymentKey : undefined;
  if (!event.success || event.data.eventType !== "PAYMENT_STATUS_CHANGED" || !paymentKey) return ignored;
  let orderId: string;
  try {
    orderId = (await getTossPayment(paymentKey)).orderId; // the body is a hint; Toss's own answer decides
  } catch (err) {
    if (err instanceof TossApiError && err.code === "NOT_FOUND") {
      logger.warn("toss webhook names a payment Toss does not know: ignored");
      return ignored;
    }
    throw err;
  }
  const payment = await prisma.payment.findUnique({ where: { orderId }, select: { id: true, method: true } });
  if (!payment || payment.method !== "TOSS") return ignored;
  const outcome = await settleForWebhook(payment.id, now);
  logger.info({ paymentId: payment.id, status: outcome?.status, changed: outcome?.changed }, "toss webhook settled");
  return { ok: true, handled: true, status: outcome?.status ?? null };
}

const REFUSED = "입금 통보를 확인할 수 없습니다.";

/** 가상계좌 DEPOSIT_CALLBACK: the secret must be the one Toss gave for this order; Toss's own answer decides. */
export async function handleDepositCallback(input: TossDepositCallback, now: Date): Promise<WebhookResult> {
  const payment = await prisma.payment.findUnique({ where: { orderId: input.orderId }, select: { id: true, method: true, status: true, depositSecretHash: true, virtualAccount: true } });
  if (payment?.method === "TOSS" && payment.virtualAccount === null && isEndedWithoutCharge(payment.status)) {
    // an order the app ended before it learnt of an account (the confirm's answer was lost): there is
    // no secret to check, so the callback is only a hint — what Toss holds for the order decides
    const outcome = await settleForWebhook(payment.id, now);
    logger.warn({ paymentId: payment.id, callbackStatus: input.status, status: outcome?.status }, "toss deposit callback for an order the app had ended: Toss asked");
    return { ok: true, handled: true, status: outcome?.status ?? null };
  }
  if (!payment || payment.method !== "TOSS" || payment.virtualAccount === null) {
    logger.warn({ callbackStatus: input.status }, "toss deposit callback for an order without an issued virtual account: refused");
    throw new AppError("FORBIDDEN", REFUSED);
  }
  if (!depositSecretMatches(input.secret, payment.depositSecretHash)) {
    logger.warn({ paymentId: payment.id, callbackStatus: input.status }, "toss deposit callback with a wrong secret: refused");
    throw new AppError("FORBIDDEN", REFUSED);
  }
  // (a replay — Toss retries — finds the order settled and changes nothing)
  const outcome = await settleForWebhook(payment.id, now);
  logger.info({ paymentId: payment.id, callbackStatus: input.status, status: outcome?.status, changed: outcome?.changed }, "toss deposit callback settled");
  return { ok: true, handled: true, status: outcome?.status ?? null };
}

export const tossWebhookOperation = defineOperation({
  method: "POST",
  path: "/api/webhooks/toss",
  // unsigned by Toss: PAYMENT_STATUS_CHANGED trusts only what it re-fetches from Toss; DEPOSIT_CALLBACK
  // carries the payment's secret, checked against its stored hash before the same re-fetch
  access: { webhook: "webhook:toss", verify: () => true, scheme: "none" },
  tag: "system",
  summary: "토스페이먼츠 웹훅: PAYMENT_STATUS_CHANGED (토스에서 다시 조회해 정산), DEPOSIT_CALLBACK (가상계좌 입금 통보, secret 확인 후 정산) — 멱등",
  body: ZTossWebhook,
  output: ZWebhookResult,
  rateLimit: { name: "webhook-toss", limit: 300, windowMs: 60_000, by: "ip" },
  run: handleTossWebhook,
});
