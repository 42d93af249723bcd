// Integration: lib/payments/toss-client.ts against this file's local Toss server (tests/setup/isolated-db.ts):
// confirm / lookup / cancel, Toss 4xx → TossApiError with Korean messages, 5xx / timeout / network → UNAVAILABLE.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { AppError, toErrorBody } from "@/lib/core/errors";
import { env } from "@/lib/env";
import {
  cancelTossPayment,
  confirmTossPayment,
  getTossPayment,
  getTossPaymentByOrderId,
  isRetryableTossError,
  TossApiError,
} from "@/lib/payments/toss-client";
import { receiptUrlOf } from "@/lib/payments/schemas";

beforeEach(() => tossStub.reset());

const AMOUNT = 99_000;
function paid(amount = AMOUNT) {
  const p = tossStub.createAuthorizedPayment({ orderId: `ord_${randomUUID()}`, amount, orderName: "베이직 멤버십 (3개월)" });
  return { paymentKey: p.paymentKey, orderId: p.orderId, amount };
}
const key = () => randomUUID();
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(() => undefined, (e: unknown) => e as Error);
  if (!err) throw new Error("expected a rejection");
  return err;
}

describe("toss client: confirm", () => {
  it("confirms an authenticated payment and keeps Toss's raw fields", async () => {
    const input = paid();
    const payment = await confirmTossPayment(input, { idempotencyKey: key() });
    expect(payment).toMatchObject({ paymentKey: input.paymentKey, orderId: input.orderId, status: "DONE", method: "카드", totalAmount: AMOUNT, balanceAmount: AMOUNT });
    expect(payment.approvedAt).toMatch(/\+09:00$/);
    expect(receiptUrlOf(payment)).toContain(`/receipt/${input.paymentKey}`);
    expect(payment).toMatchObject({ mId: "tstub", version: "2022-11-16", type: "NORMAL" }); // passthrough
    expect(tossStub.payment(input.paymentKey)?.status).toBe("DONE");
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("refuses an amount that differs from the checkout's (nothing charged)", async () => {
    const input = paid();
    const err = await rejection(confirmTossPayment({ ...input, amount: 1000 }, { idempotencyKey: key() }));
    expect(err).toBeInstanceOf(TossApiError);
    expect(err).toMatchObject({ tossStatus: 400, tossCode: "INVALID_REQUEST", code: "BAD_REQUEST", retryable: false });
    expect(err.message).toBe("결제 요청이 올바르지 않아요. 처음부터 다시 결제해 주세요.");
    expect(tossStub.payment(input.paymentKey)?.status).toBe("IN_PROGRESS");
    expect(tossStub.stats.confirmsApplied).toBe(0);
  });

  it("a second confirm under another key → ALREADY_PROCESSED_PAYMENT (CONFLICT); charged once", async () => {
    const input = paid();
    await confirmTossPayment(input, { idempotencyKey: key() });
    const err = await rejection(confirmTossPayment(input, { idempotencyKey: key() }));
    expect(err).toMatchObject({ name: "TossApiError", tossCode: "ALREADY_PROCESSED_PAYMENT", code: "CONFLICT", status: 409, message: "이미 처리된 결제예요. 결제 내역에서 확인해 주세요." });
    expect(toErrorBody(err)).toEqual({ status: 409, body: { error: { code: "CONFLICT", message: "이미 처리된 결제예요. 결제 내역에서 확인해 주세요." } } });
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("the same Idempotency-Key replays the identical response and applies once", async () => {
    const input = paid();
    const idempotencyKey = `confirm:${input.orderId}`;
    const [a, b] = [await confirmTossPayment(input, { idempotencyKey }), await confirmTossPayment(input, { idempotencyKey })];
    expect(b).toEqual(a);
    expect(tossStub.stats).toMatchObject({ confirmRequests: 2, confirmsApplied: 1 });
  });

  it("an unknown paymentKey → NOT_FOUND_PAYMENT_SESSION with a Korean message", async () => {
    const err = await rejection(confirmTossPayment({ paymentKey: "tstub_unknown", orderId: "ord_unknown_1", amount: 1000 }, { idempotencyKey: key() }));
    expect(err).toMatchObject({ tossStatus: 404, tossCode: "NOT_FOUND_PAYMENT_SESSION", code: "BAD_REQUEST" });
    expect(err.message).toContain("결제 시간이 지났어요");
  });

  it("maps card rejections, transient provider errors and unknown codes", async () => {
    const input = paid();
    tossStub.injectFault({ code: "REJECT_CARD_PAYMENT" });
    const reject = await rejection(confirmTossPayment(input, { idempotencyKey: key() }));
    expect(reject).toMatchObject({ tossStatus: 403, tossCode: "REJECT_CARD_PAYMENT", code: "BAD_REQUEST", retryable: false });
    expect(reject.message).toContain("다른 카드로");
    tossStub.injectFault({ code: "PROVIDER_ERROR" });
    const provider = await rejection(confirmTossPayment(input, { idempotencyKey: key() }));
    expect(provider).toMatchObject({ tossCode: "PROVIDER_ERROR", code: "UNAVAILABLE", retryable: true });
    expect(isRetryableTossError(provider)).toBe(true);
    tossStub.injectFault({ status: 400, code: "SOMETHING_NEW", message: "새 오류" });
    const unknown = await rejection(confirmTossPayment(input, { idempotencyKey: key() }));
    expect(unknown).toMatchObject({ tossCode: "SOMETHING_NEW", tossMessage: "새 오류", code: "BAD_REQUEST", retryable: false });
    expect(unknown.message).toBe("결제를 처리하지 못했어요. 잠시 후 다시 시도하시거나 다른 결제 수단을 이용해 주세요.");
    expect(tossStub.stats.confirmsApplied).toBe(0);
  });

  it("a wrong secret key → UNAUTHORIZED_KEY, reported as our fault (INTERNAL), never the member's", async () => {
    const original = env.TOSS_SECRET_KEY;
    env.TOSS_SECRET_KEY = "test_sk_wrong";
    try {
      const err = await rejection(getTossPayment("anything"));
      expect(err).toMatchObject({ tossStatus: 401, tossCode: "UNAUTHORIZED_KEY", code: "INTERNAL", retryable: false });
      expect(err.message).not.toContain("test_sk");
    } finally {
      env.TOSS_SECRET_KEY = original;
    }
  });
});

describe("toss client: 5xx, timeout and network errors are UNAVAILABLE (retryable)", () => {
  it("an injected 500 leaves the payment uncharged; a retry with the same key succeeds", async () => {
    const input = paid();
    const idempotencyKey = `confirm:${input.orderId}`;
    tossStub.injectFault({ status: 500 });
    const err = await rejection(confirmTossPayment(input, { idempotencyKey }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).not.toBeInstanceOf(TossApiError);
    expect(err).toMatchObject({ code: "UNAVAILABLE", status: 503, message: "결제사 응답이 늦어지고 있어요. 잠시 후 다시 시도해 주세요." });
    expect(tossStub.payment(input.paymentKey)?.status).toBe("IN_PROGRESS");
    expect((await confirmTossPayment(input, { idempotencyKey })).status).toBe("DONE");
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("charged but answered 500: the retry with the same key gets the DONE payment, charged once", async () => {
    const input = paid();
    tossStub.injectFault({ status: 500, apply: true });
    expect(isRetryableTossError(await rejection(confirmTossPayment(input, { idempotencyKey: "k-apply" })))).toBe(true);
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect((await confirmTossPayment(input, { idempotencyKey: "k-apply" })).status).toBe("DONE");
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("a hang beyond TOSS_TIMEOUT_MS → UNAVAILABLE; Toss still applies it and the same key then replays DONE", async () => {
    const input = paid();
    const idempotencyKey = `confirm:${input.orderId}`;
    tossStub.injectFault({ delayMs: env.TOSS_TIMEOUT_MS + 500 });
    const started = Date.now();
    const err = await rejection(confirmTossPayment(input, { idempotencyKey }));
    expect(err).toMatchObject({ code: "UNAVAILABLE" });
    expect(Date.now() - started).toBeLessThan(env.TOSS_TIMEOUT_MS + 400);
    // still in flight at Toss: the same key answers 409 IDEMPOTENT_REQUEST_PROCESSING (retryable)
    const busy = await rejection(confirmTossPayment(input, { idempotencyKey }));
    expect(busy).toMatchObject({ tossCode: "IDEMPOTENT_REQUEST_PROCESSING", code: "UNAVAILABLE", retryable: true });
    await expect.poll(() => tossStub.stats.confirmsApplied, { timeout: 3000 }).toBe(1);
    expect((await confirmTossPayment(input, { idempotencyKey })).status).toBe("DONE");
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("an unreachable Toss → UNAVAILABLE", async () => {
    const original = env.TOSS_API_BASE;
    env.TOSS_API_BASE = "http://127.0.0.1:1";
    try {
      expect(await rejection(getTossPaymentByOrderId("ord_anything"))).toMatchObject({ code: "UNAVAILABLE" });
    } finally {
      env.TOSS_API_BASE = original;
    }
  });
});

describe("toss client: lookup and cancel", () => {
  it("looks a payment up by paymentKey and by orderId (also before confirm); unknown → NOT_FOUND", async () => {
    const input = paid();
    expect((await getTossPaymentByOrderId(input.orderId)).status).toBe("IN_PROGRESS"); // paid, redirect lost
    await confirmTossPayment(input, { idempotencyKey: key() });
    const [byKey, byOrder] = [await getTossPayment(input.paymentKey), await getTossPaymentByOrderId(input.orderId)];
    expect(byKey).toEqual(byOrder);
    expect(byKey).toMatchObject({ status: "DONE", paymentKey: input.paymentKey });
    const err = await rejection(getTossPayment("tstub_missing"));
    expect(err).toMatchObject({ tossStatus: 404, tossCode: "NOT_FOUND_PAYMENT", code: "NOT_FOUND" });
  });

  it("cancels partially then fully; balanceAmount and cancels[] follow; a third cancel is refused", async () => {
    const input = paid();
    await confirmTossPayment(input, { idempotencyKey: key() });
    const partial = await cancelTossPayment(input.paymentKey, { cancelReason: "부분 환불", cancelAmount: 30_000 }, { idempotencyKey: key() });
    expect(partial).toMatchObject({ status: "PARTIAL_CANCELED", balanceAmount: 69_000, totalAmount: AMOUNT });
    expect(partial.cancels).toHaveLength(1);
    expect(partial.cancels![0]).toMatchObject({ cancelAmount: 30_000, cancelReason: "부분 환불", refundableAmount: 69_000 });

    const tooMuch = await rejection(cancelTossPayment(input.paymentKey, { cancelReason: "초과", cancelAmount: 70_000 }, { idempotencyKey: key() }));
    expect(tooMuch).toMatchObject({ tossCode: "NOT_CANCELABLE_AMOUNT", code: "BAD_REQUEST" });

    const cancelKey = `cancel:${input.paymentKey}:2`;
    const full = await cancelTossPayment(input.paymentKey, { cancelReason: "환불 규정에 따른 전액 환불" }, { idempotencyKey: cancelKey });
    expect(full).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(full.cancels!.map((c) => c.cancelAmount)).toEqual([30_000, 69_000]);
    expect(await cancelTossPayment(input.paymentKey, { cancelReason: "환불 규정에 따른 전액 환불" }, { idempotencyKey: cancelKey })).toEqual(full);
    expect(tossStub.stats.cancelsApplied).toBe(2);

    const again = await rejection(cancelTossPayment(input.paymentKey, { cancelReason: "또" }, { idempotencyKey: key() }));
    expect(again).toMatchObject({ tossCode: "ALREADY_CANCELED_PAYMENT", code: "CONFLICT", message: "이미 취소된 결제예요." });
  });

  it("cannot cancel a payment that was never confirmed", async () => {
    const input = paid();
    const err = await rejection(cancelTossPayment(input.paymentKey, { cancelReason: "테스트" }, { idempotencyKey: key() }));
    expect(err).toMatchObject({ tossStatus: 403, tossCode: "NOT_CANCELABLE_PAYMENT", code: "CONFLICT" });
  });
});
