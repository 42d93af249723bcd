// Server-only client of Toss Payments' v1 core REST API (confirm, lookup, cancel). Never import it from
// client components: it sends TOSS_SECRET_KEY. Works against real Toss and the local stub (dev/toss).
//
//   confirmTossPayment({ paymentKey, orderId, amount }, { idempotencyKey }) → TossPayment (status DONE)
//   getTossPayment(paymentKey) / getTossPaymentByOrderId(orderId)            → TossPayment
//   cancelTossPayment(paymentKey, { cancelReason, cancelAmount? }, { idempotencyKey }) → TossPayment
//
// Results are parsed with ZTossPayment: only the fields the app reads (docs/payments.md), every other
// field kept untouched, so the parsed object is also the raw answer to store.
// Errors, all AppError subclasses, so route handlers render them as { error: { code, message } }:
// - Toss answered 4xx → TossApiError: tossStatus / tossCode / tossMessage are Toss's; `message` is a
//   Korean sentence for members; `code` is the app's (e.g. CONFLICT for ALREADY_PROCESSED_PAYMENT,
//   NOT_FOUND for NOT_FOUND_PAYMENT, BAD_REQUEST for card rejections, UNAVAILABLE for the transient
//   PROVIDER_ERROR / IDEMPOTENT_REQUEST_PROCESSING).
// - Toss answered 5xx, timed out (TOSS_TIMEOUT_MS) or was unreachable → AppError("UNAVAILABLE"). The
//   outcome is UNKNOWN (Toss may have charged): keep the payment retryable, retry with the SAME
//   idempotency key (Toss replays the first answer) or look it up.
// - Toss answered 200 with something the app cannot read → TossUnreadableAnswer (carries the raw
//   text). Toss DID answer — it may have charged — so this is never "provider slow": the caller
//   stores the raw answer and parks the order for a person (NEEDS_REVIEW).
// isRetryableTossError(err) is true exactly for the UNAVAILABLE cases.
// Idempotency keys: ≤ 300 chars, valid 15 days at Toss, scoped to URL + method; derive them from our
// own ids (e.g. `confirm:${orderId}`, `cancel:${paymentId}:${n}`) so every retry reuses the same key.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, type ErrorCode } from "@/lib/core/errors";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { isPaymentKey, PAYMENT_KEY_RE } from "./payment-key";

if (typeof window !== "undefined") throw new Error("lib/payments/toss-client is server-only");

export const ZTossPaymentStatus = z.enum(["READY", "IN_PROGRESS", "WAITING_FOR_DEPOSIT", "DONE", "CANCELED", "PARTIAL_CANCELED", "ABORTED", "EXPIRED"]);
export type TossPaymentStatus = z.infer<typeof ZTossPaymentStatus>;

export const ZTossCancel = z.looseObject({
  transactionKey: z.string(),
  cancelReason: z.string(),
  cancelAmount: z.number().int(),
  canceledAt: z.string(),
  refundableAmount: z.number().int().optional(),
  cancelStatus: z.string().optional(),
});

/** Toss's virtualAccount of a 가상계좌 payment: the fields the app shows the member. */
export const ZTossVirtualAccount = z.looseObject({
  accountNumber: z.string().min(1).max(40),
  bankCode: z.string().min(1).max(10),
  customerName: z.string().max(100).nullish().catch(null),
  dueDate: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  expired: z.boolean().nullish().catch(null),
});
export type TossVirtualAccount = z.infer<typeof ZTossVirtualAccount>;

/**
 * Toss's Payment object: only what the app decides on (who, which order, status, how much was charged
 * and is left) must be there; what it merely shows (method, approvedAt, cancels, failure) is read when
 * it is well-formed and ignored otherwise. Every other field passes through untouched.
 */
export const ZTossPayment = z.looseObject({
  paymentKey: z.string().regex(PAYMENT_KEY_RE),
  orderId: z.string().min(1),
  status: ZTossPaymentStatus,
  totalAmount: z.number().int().nonnegative(),
  balanceAmount: z.number().int().nonnegative(),
  method: z.string().nullish().catch(null),
  approvedAt: z.string().nullish().catch(null),
  cancels: z.array(ZTossCancel).nullish().catch(null),
  failure: z.looseObject({ code: z.string(), message: z.string() }).nullish().catch(null),
  /** 가상계좌: the issued account (WAITING_FOR_DEPOSIT, and after the deposit) */
  virtualAccount: ZTossVirtualAccount.nullish().catch(null),
  /** 가상계좌: what Toss puts in its DEPOSIT_CALLBACK for this payment (never stored raw, never logged) */
  secret: z.string().min(1).max(100).nullish().catch(null),
});
export type TossPayment = z.infer<typeof ZTossPayment>;

/**
 * The Toss answer as the app stores it (Payment.rawResponse): everything but the deposit-callback
 * secret, which is kept only as a hash (depositSecretHash).
 */
export function storableToss(t: TossPayment): Prisma.InputJsonValue {
  const rest: Record<string, unknown> = { ...t };
  delete rest.secret;
  return rest as Prisma.InputJsonValue;
}

/** [app error code, Korean message for members, retryable] per Toss error code. */
const KNOWN: Record<string, [ErrorCode, string, boolean?]> = {
  ALREADY_PROCESSED_PAYMENT: ["CONFLICT", "이미 처리된 결제예요. 결제 내역에서 확인해 주세요."],
  DUPLICATED_ORDER_ID: ["CONFLICT", "이미 처리된 주문이에요. 처음부터 다시 결제해 주세요."],
  NOT_FOUND_PAYMENT_SESSION: ["BAD_REQUEST", "결제 시간이 지났어요. 처음부터 다시 결제해 주세요."],
  NOT_FOUND_PAYMENT: ["NOT_FOUND", "결제 정보를 찾을 수 없어요. 처음부터 다시 결제해 주세요."],
  REJECT_CARD_PAYMENT: ["BAD_REQUEST", "카드 한도 초과나 잔액 부족으로 결제가 거절되었어요. 다른 카드로 결제해 주세요."],
  REJECT_CARD_COMPANY: ["BAD_REQUEST", "카드사에서 결제를 거절했어요. 카드사에 문의하시거나 다른 카드로 결제해 주세요."],
  INVALID_REJECT_CARD: ["BAD_REQUEST", "카드 사용이 거절되었어요. 카드사에 문의해 주세요."],
  INVALID_STOPPED_CARD: ["BAD_REQUEST", "사용이 정지된 카드예요. 다른 카드로 결제해 주세요."],
  INVALID_CARD_EXPIRATION: ["BAD_REQUEST", "카드 유효기간을 확인해 주세요."],
  INVALID_CARD_NUMBER: ["BAD_REQUEST", "카드 번호를 확인해 주세요."],
  EXCEED_MAX_DAILY_PAYMENT_COUNT: ["BAD_REQUEST", "하루에 결제할 수 있는 횟수를 넘었어요. 내일 다시 시도하시거나 다른 카드로 결제해 주세요."],
  EXCEED_MAX_PAYMENT_AMOUNT: ["BAD_REQUEST", "하루에 결제할 수 있는 금액을 넘었어요. 내일 다시 시도하시거나 다른 카드로 결제해 주세요."],
  BELOW_MINIMUM_AMOUNT: ["BAD_REQUEST", "결제할 수 있는 최소 금액보다 적어요. 고객센터로 문의해 주세요."],
  INVALID_REQUEST: ["BAD_REQUEST", "결제 요청이 올바르지 않아요. 처음부터 다시 결제해 주세요."],
  ALREADY_CANCELED_PAYMENT: ["CONFLICT", "이미 취소된 결제예요."],
  NOT_CANCELABLE_PAYMENT: ["CONFLICT", "취소할 수 없는 결제예요."],
  NOT_CANCELABLE_AMOUNT: ["BAD_REQUEST", "취소할 수 없는 금액이에요. 남은 결제 금액을 확인해 주세요."],
  EXCEED_MAX_REFUND_DUE: ["BAD_REQUEST", "환불할 수 있는 기간이 지났어요."],
  NOT_ALLOWED_PARTIAL_REFUND: ["BAD_REQUEST", "부분 환불을 할 수 없는 결제예요."],
  PROVIDER_ERROR: ["UNAVAILABLE", "카드사에서 처리하는 중에 일시적인 오류가 생겼어요. 잠시 후 다시 시도해 주세요.", true],
  IDEMPOTENT_REQUEST_PROCESSING: ["UNAVAILABLE", "결제를 처리하고 있어요. 잠시 후 다시 확인해 주세요.", true],
  FORBIDDEN_CONSECUTIVE_REQUEST: ["UNAVAILABLE", "요청이 너무 잦아요. 잠시 후 다시 시도해 주세요.", true],
  // our own configuration is wrong: never blame the member, and log it loudly
  UNAUTHORIZED_KEY: ["INTERNAL", "결제 설정에 문제가 있어 지금은 결제할 수 없어요. 고객센터로 문의해 주세요."],
  INVALID_API_KEY: ["INTERNAL", "결제 설정에 문제가 있어 지금은 결제할 수 없어요. 고객센터로 문의해 주세요."],
  FORBIDDEN_REQUEST: ["INTERNAL", "결제 설정에 문제가 있어 지금은 결제할 수 없어요. 고객센터로 문의해 주세요."],
};
const GENERIC_MESSAGE = "결제를 처리하지 못했어요. 잠시 후 다시 시도하시거나 다른 결제 수단을 이용해 주세요.";
export const TOSS_UNAVAILABLE_MESSAGE = "결제사 응답이 늦어지고 있어요. 잠시 후 다시 시도해 주세요.";

/** Toss answered with an error (4xx). `message` is for members; tossCode/tossMessage are Toss's own. */
export class TossApiError extends AppError {
  readonly tossStatus: number;
  readonly tossCode: string;
  readonly tossMessage: string;
  readonly retryable: boolean;

  constructor(tossStatus: number, tossCode: string, tossMessage: string) {
    const [code, message, retryable] = KNOWN[tossCode] ?? ["BAD_REQUEST", GENERIC_MESSAGE, false];
    super(code, message);
    this.name = "TossApiError";
    this.tossStatus = tossStatus;
    this.tossCode = tossCode;
    this.tossMessage = tossMessage;
    this.retryable = retryable ?? false;
  }
}

/** Toss answered 200, but not with a Payment the app can read: park the order with `raw`, never retry blindly. */
export class TossUnreadableAnswer extends AppError {
  readonly raw: string;
  constructor(raw: string) {
    super("CONFLICT", "결제 상태를 확인하고 있어요. 확인이 끝나면 알려 드릴게요. 두 번 결제되지 않으니 안심하세요.");
    this.name = "TossUnreadableAnswer";
    this.raw = raw.slice(0, 20_000);
  }
}

/** True when the outcome is unknown or transient: keep the payment open and retry with the same key. */
export const isRetryableTossError = (err: unknown): boolean => err instanceof AppError && err.code === "UNAVAILABLE";

export type TossIdempotency = { idempotencyKey: string };
type Op = "confirm" | "lookup" | "cancel";
const ZTossErrorBody = z.object({ code: z.string(), message: z.string().optional() });

async function call(op: Op, method: "GET" | "POST", path: string, body?: unknown, idempotencyKey?: string): Promise<TossPayment> {
  if (idempotencyKey !== undefined && (!idempotencyKey || idempotencyKey.length > 300)) {
    throw new Error("Toss idempotency keys are 1–300 characters");
  }
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${env.TOSS_SECRET_KEY}:`).toString("base64")}`,
    Accept: "application/json",
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const log = logger.child({ toss: op }); // never the headers (secret key) nor the body (card data)

  let res: Response;
  let text: string;
  try {
    res = await fetch(`${env.TOSS_API_BASE.replace(/\/+$/, "")}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(env.TOSS_TIMEOUT_MS),
      cache: "no-store",
    });
    text = await res.text();
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
    log.warn({ err: { name: (cause as Error)?.name }, timedOut }, "toss request failed before an answer");
    throw new AppError("UNAVAILABLE", TOSS_UNAVAILABLE_MESSAGE, { cause });
  }

  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.status >= 500 || (!res.ok && res.status < 400)) {
    const err = ZTossErrorBody.safeParse(json);
    log.warn({ status: res.status, tossCode: err.success ? err.data.code : undefined }, "toss answered a server error");
    throw new AppError("UNAVAILABLE", TOSS_UNAVAILABLE_MESSAGE);
  }
  if (!res.ok) {
    const err = ZTossErrorBody.safeParse(json);
    const [tossCode, tossMessage] = err.success ? [err.data.code, err.data.message ?? ""] : ["UNKNOWN", text.slice(0, 200)];
    const error = new TossApiError(res.status, tossCode, tossMessage);
    (error.code === "INTERNAL" ? log.error.bind(log) : log.warn.bind(log))({ status: res.status, tossCode, tossMessage }, "toss refused the request");
    throw error;
  }
  const parsed = ZTossPayment.safeParse(json);
  if (!parsed.success) {
    log.error({ status: res.status, issues: parsed.error.issues.map((i) => i.path.join(".")) }, "toss answered 200 with a payment the app cannot read");
    throw new TossUnreadableAnswer(text);
  }
  return parsed.data;
}

/** One path segment: a paymentKey is checked against Toss's format (never '.', '..' or '/'), then encoded. */
function seg(value: string, kind: "paymentKey" | "orderId"): string {
  if (kind === "paymentKey" && !isPaymentKey(value)) throw new AppError("NOT_FOUND", "결제 정보를 찾을 수 없어요.");
  if (!value || value === "." || value === "..") throw new AppError("NOT_FOUND", "결제 정보를 찾을 수 없어요.");
  return encodeURIComponent(value);
}

/** Approves an authenticated payment. Compare `amount` with OUR stored order before calling this. */
export async function confirmTossPayment(input: { paymentKey: string; orderId: string; amount: number }, opts: TossIdempotency): Promise<TossPayment> {
  const { paymentKey, orderId, amount } = input;
  if (!isPaymentKey(paymentKey)) throw new AppError("NOT_FOUND", "결제 정보를 찾을 수 없어요.");
  return call("confirm", "POST", "/v1/payments/confirm", { paymentKey, orderId, amount }, opts.idempotencyKey);
}

export async function getTossPayment(paymentKey: string): Promise<TossPayment> {
  return call("lookup", "GET", `/v1/payments/${seg(paymentKey, "paymentKey")}`);
}

/** Lookup by our orderId: finds a payment whose success redirect never reached us (reconciliation). */
export async function getTossPaymentByOrderId(orderId: string): Promise<TossPayment> {
  return call("lookup", "GET", `/v1/payments/orders/${seg(orderId, "orderId")}`);
}

/** Where Toss sends the refund of a deposited 가상계좌 payment: the member's own account (Toss: bank code, number, holder). */
export type TossRefundAccount = { bank: string; accountNumber: string; holderName: string };

/**
 * Full cancel without cancelAmount, partial with it. The answer's balanceAmount/cancels are authoritative.
 * A deposited 가상계좌 payment needs `refundReceiveAccount` (Toss sends the money there); an issued but
 * not deposited one is cancelled without it (the account is withdrawn, nothing moves).
 */
export async function cancelTossPayment(
  paymentKey: string,
  input: { cancelReason: string; cancelAmount?: number; refundReceiveAccount?: TossRefundAccount },
  opts: TossIdempotency,
): Promise<TossPayment> {
  const body: Record<string, unknown> = { cancelReason: input.cancelReason };
  if (input.cancelAmount !== undefined) body.cancelAmount = input.cancelAmount;
  if (input.refundReceiveAccount) body.refundReceiveAccount = input.refundReceiveAccount;
  return call("cancel", "POST", `/v1/payments/${seg(paymentKey, "paymentKey")}/cancel`, body, opts.idempotencyKey);
}
