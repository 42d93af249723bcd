// POST /api/webhooks/toss use case: Toss's PAYMENT_STATUS_CHANGED event. Payment webhooks are NOT
// signed, so the body is only a hint: the payment is re-fetched from Toss by its paymentKey (with our
// secret key) and the order it names is settled through the one settlement path (settle-toss.ts).
// Idempotent: a replay finds the payment already settled and changes nothing. Answers 2xx for events
// it ignores (unknown payments, other event types); 503 when Toss cannot be asked, so Toss retries.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { zPaymentKey } from "./payment-key";
import { settleTossPayment } from "./settle-toss";
import { getTossPayment, TossApiError } from "./toss-client";

export const ZTossWebhook = z.looseObject({
  eventType: z.string().max(64),
  createdAt: z.string().max(64).optional(),
  data: z.looseObject({ paymentKey: zPaymentKey().optional(), orderId: z.string().max(64).optional(), status: z.string().max(32).optional() }).optional(),
});
export type TossWebhook = z.infer<typeof ZTossWebhook>;
const ZWebhookResult = z.object({ ok: z.literal(true), handled: z.boolean(), status: z.string().nullable() });

export async function handleTossWebhook({ input, now = new Date() }: { input: TossWebhook; now?: Date }) {
  const paymentKey = input.data?.paymentKey;
  if (input.eventType !== "PAYMENT_STATUS_CHANGED" || !paymentKey) return { ok: true as const, handled: false, status: null };
  let orderId: string;
  try {
    orderId = (await getTossPayment(paymentKey)).orderId; // the body is a hint; Toss's own answer decides
  } catch (err) {
    if (err instanceof TossApiError && err.code === "NOT_FOUND") {
      logger.warn("toss webhook names a payment Toss does not know: ignored");
      return { ok: true as const, handled: false, status: null };
    }
    throw err;
  }
  const payment = await prisma.payment.findUnique({ where: { orderId }, select: { id: true, method: true } });
  if (!payment || payment.method !== "TOSS") return { ok: true as const, handled: false, status: null };
  const outcome = await settleTossPayment({ paymentId: payment.id, source: "webhook", now }).catch((err: unknown) => {
    // a refusal was recorded on the payment (e.g. a match fee for a closed match): nothing for Toss to retry
    if (err instanceof AppError && err.code !== "UNAVAILABLE" && err.code !== "INTERNAL") return null;
    throw err;
  });
  logger.info({ paymentId: payment.id, status: outcome?.status, changed: outcome?.changed }, "toss webhook settled");
  return { ok: true as const, handled: true, status: outcome?.status ?? null };
}

export const tossWebhookOperation = defineOperation({
  method: "POST",
  path: "/api/webhooks/toss",
  // unsigned by Toss: nothing to verify; the handler trusts only what it re-fetches from Toss
  access: { webhook: "webhook:toss", verify: () => true, scheme: "none" },
  tag: "system",
  summary: "토스페이먼츠 웹훅 (PAYMENT_STATUS_CHANGED): 토스에서 결제를 다시 조회해 정산 (멱등)",
  body: ZTossWebhook,
  output: ZWebhookResult,
  rateLimit: { name: "webhook-toss", limit: 300, windowMs: 60_000, by: "ip" },
  run: handleTossWebhook,
});
