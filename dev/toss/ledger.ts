// In-memory payment ledger of the local Toss stub: Toss's v1 Payment object, its status machine
// (IN_PROGRESS → DONE → PARTIAL_CANCELED/CANCELED; IN_PROGRESS → ABORTED/EXPIRED) and Toss's error codes.
import { randomBytes, randomInt } from "node:crypto";

export type TossStubStatus = "READY" | "IN_PROGRESS" | "DONE" | "CANCELED" | "PARTIAL_CANCELED" | "ABORTED" | "EXPIRED";

export type TossStubCancel = {
  transactionKey: string;
  cancelReason: string;
  taxExemptionAmount: number;
  canceledAt: string;
  easyPayDiscountAmount: number;
  receiptKey: string | null;
  cancelAmount: number;
  taxFreeAmount: number;
  refundableAmount: number;
  cancelStatus: "DONE";
  cancelRequestId: string | null;
};

/** The fields of Toss's Payment object (API version 2022-11-16) that a card payment carries. */
export type TossStubPayment = {
  mId: string;
  version: string;
  lastTransactionKey: string | null;
  paymentKey: string;
  orderId: string;
  orderName: string;
  status: TossStubStatus;
  method: "카드";
  type: "NORMAL";
  currency: "KRW";
  country: "KR";
  totalAmount: number;
  balanceAmount: number;
  suppliedAmount: number;
  vat: number;
  taxFreeAmount: number;
  taxExemptionAmount: number;
  requestedAt: string;
  approvedAt: string | null;
  useEscrow: boolean;
  cultureExpense: boolean;
  isPartialCancelable: boolean;
  card: Record<string, unknown> | null;
  cancels: TossStubCancel[] | null;
  receipt: { url: string } | null;
  checkout: { url: string } | null;
  failure: { code: string; message: string } | null;
  virtualAccount: null;
  transfer: null;
  mobilePhone: null;
  giftCertificate: null;
  cashReceipt: null;
  cashReceipts: null;
  discount: null;
  secret: null;
  easyPay: null;
  metadata: null;
};

/** Toss's documented [HTTP status, Korean message] per error code (the subset this stub answers with). */
export const TOSS_ERRORS: Record<string, [number, string]> = {
  INVALID_REQUEST: [400, "잘못된 요청입니다."],
  ALREADY_PROCESSED_PAYMENT: [400, "이미 처리된 결제 입니다."],
  ALREADY_CANCELED_PAYMENT: [400, "이미 취소된 결제 입니다."],
  DUPLICATED_ORDER_ID: [400, "이미 승인 및 취소가 진행된 중복된 주문번호 입니다. 다른 주문번호로 진행해주세요."],
  PROVIDER_ERROR: [400, "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요."],
  INVALID_IDEMPOTENCY_KEY: [400, "멱등키는 300자 이하여야 합니다."],
  UNAUTHORIZED_KEY: [401, "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다."],
  REJECT_CARD_PAYMENT: [403, "한도초과 혹은 잔액부족으로 결제에 실패했습니다."],
  REJECT_CARD_COMPANY: [403, "결제 승인이 거절되었습니다."],
  FORBIDDEN_REQUEST: [403, "허용되지 않은 요청입니다."],
  NOT_CANCELABLE_AMOUNT: [403, "취소 할 수 없는 금액 입니다."],
  NOT_CANCELABLE_PAYMENT: [403, "취소 할 수 없는 결제 입니다."],
  NOT_FOUND: [404, "존재하지 않는 정보 입니다."],
  NOT_FOUND_PAYMENT: [404, "존재하지 않는 결제 정보 입니다."],
  NOT_FOUND_PAYMENT_SESSION: [404, "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다."],
  IDEMPOTENT_REQUEST_PROCESSING: [409, "이전 멱등 요청이 처리중입니다."],
  FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING: [500, "결제가 완료되지 않았어요. 다시 시도해주세요."],
  FAILED_INTERNAL_SYSTEM_PROCESSING: [500, "내부 시스템 처리 작업이 실패했습니다. 잠시 후 다시 시도해주세요."],
  UNKNOWN_PAYMENT_ERROR: [500, "결제에 실패했어요. 같은 문제가 반복된다면 은행이나 카드사로 문의해주세요."],
};

export class TossStubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? TOSS_ERRORS[code]?.[1] ?? "잘못된 요청입니다.");
  }
  get body() {
    return { code: this.code, message: this.message };
  }
}
export const tossError = (code: string, message?: string) => new TossStubError(TOSS_ERRORS[code]?.[0] ?? 400, code, message);

/** Toss writes times in KST with an offset, e.g. 2024-02-13T12:20:23+09:00. */
export const kst = (d = new Date()) => new Date(d.getTime() + 9 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "+09:00");
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const alnum = (n: number) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join("");
const transactionKey = () => randomBytes(16).toString("hex").toUpperCase();
const FINAL_FOR_ORDER: TossStubStatus[] = ["DONE", "CANCELED", "PARTIAL_CANCELED"];

export type LedgerEvents = { onStatusChange(p: TossStubPayment): void };

export function createLedger(opts: { baseUrl: () => string; sessionTtlMs: number; events: LedgerEvents }) {
  const payments = new Map<string, { p: TossStubPayment; expiresAt: number }>();
  const orders = new Map<string, string>(); // orderId → latest paymentKey
  const stats = { confirmRequests: 0, confirmsApplied: 0, cancelsApplied: 0 };

  function setStatus(p: TossStubPayment, status: TossStubStatus) {
    p.status = status;
    if (status !== "IN_PROGRESS") opts.events.onStatusChange(p);
  }
  /** An authenticated payment past its confirm window expires (Toss: confirm within 10 minutes). */
  function fresh(paymentKey: string | undefined) {
    const rec = paymentKey ? payments.get(paymentKey) : undefined;
    if (rec && rec.p.status === "IN_PROGRESS" && Date.now() > rec.expiresAt) setStatus(rec.p, "EXPIRED");
    return rec?.p;
  }
  const split = (amount: number) => {
    const suppliedAmount = Math.round(amount / 1.1);
    return { suppliedAmount, vat: amount - suppliedAmount };
  };

  return {
    stats,
    all: () => [...payments.keys()].map((k) => fresh(k)!),
    get: (paymentKey: string) => fresh(paymentKey),
    byOrderId: (orderId: string) => fresh(orders.get(orderId)),
    reset() {
      payments.clear();
      orders.clear();
      Object.assign(stats, { confirmRequests: 0, confirmsApplied: 0, cancelsApplied: 0 });
    },

    /** What the checkout's 결제하기 does: card authenticated, payment IN_PROGRESS until the merchant confirms. */
    authorize(input: { orderId: string; amount: number; orderName: string }): TossStubPayment {
      const previous = fresh(orders.get(input.orderId));
      if (previous && FINAL_FOR_ORDER.includes(previous.status)) throw tossError("DUPLICATED_ORDER_ID");
      if (previous?.status === "IN_PROGRESS") setStatus(previous, "ABORTED"); // a second checkout replaces the first
      const paymentKey = `tstub${alnum(43)}`;
      const p: TossStubPayment = {
        mId: "tstub", version: "2022-11-16", lastTransactionKey: null, paymentKey, orderId: input.orderId,
        orderName: input.orderName, status: "IN_PROGRESS", method: "카드", type: "NORMAL", currency: "KRW", country: "KR",
        totalAmount: input.amount, balanceAmount: input.amount, ...split(input.amount), taxFreeAmount: 0, taxExemptionAmount: 0,
        requestedAt: kst(), approvedAt: null, useEscrow: false, cultureExpense: false, isPartialCancelable: true,
        card: null, cancels: null, receipt: null, checkout: { url: `${opts.baseUrl()}/checkout` }, failure: null,
        virtualAccount: null, transfer: null, mobilePhone: null, giftCertificate: null, cashReceipt: null, cashReceipts: null,
        discount: null, secret: null, easyPay: null, metadata: null,
      };
      payments.set(paymentKey, { p, expiresAt: Date.now() + opts.sessionTtlMs });
      orders.set(input.orderId, paymentKey);
      return p;
    },

    expire(paymentKey: string): TossStubPayment {
      const p = fresh(paymentKey);
      if (!p) throw tossError("NOT_FOUND_PAYMENT");
      if (p.status === "IN_PROGRESS" || p.status === "READY") setStatus(p, "EXPIRED");
      return p;
    },

    confirm(body: { paymentKey: string; orderId: string; amount: number }): TossStubPayment {
      const p = fresh(body.paymentKey);
      if (!p || p.orderId !== body.orderId) throw tossError("NOT_FOUND_PAYMENT_SESSION");
      if (["DONE", "CANCELED", "PARTIAL_CANCELED"].includes(p.status)) throw tossError("ALREADY_PROCESSED_PAYMENT");
      if (p.status !== "IN_PROGRESS") throw tossError("NOT_FOUND_PAYMENT_SESSION");
      if (body.amount !== p.totalAmount) throw tossError("INVALID_REQUEST", "결제 금액이 일치하지 않습니다.");
      const receiptUrl = `${opts.baseUrl()}/receipt/${p.paymentKey}`;
      p.approvedAt = kst();
      p.lastTransactionKey = transactionKey();
      p.receipt = { url: receiptUrl };
      p.card = {
        issuerCode: "11", acquirerCode: "11", number: "53275012****123*", installmentPlanMonths: 0, isInterestFree: false,
        interestPayer: null, approveNo: String(randomInt(10_000_000, 99_999_999)), useCardPoint: false, cardType: "신용",
        ownerType: "개인", acquireStatus: "READY", receiptUrl, amount: p.totalAmount,
      };
      stats.confirmsApplied++;
      setStatus(p, "DONE");
      return p;
    },

    cancel(paymentKey: string, body: { cancelReason: string; cancelAmount?: number }): TossStubPayment {
      const p = fresh(paymentKey);
      if (!p) throw tossError("NOT_FOUND_PAYMENT");
      if (p.status === "CANCELED") throw tossError("ALREADY_CANCELED_PAYMENT");
      if (p.status !== "DONE" && p.status !== "PARTIAL_CANCELED") throw tossError("NOT_CANCELABLE_PAYMENT");
      const amount = body.cancelAmount ?? p.balanceAmount;
      if (amount > p.balanceAmount) throw tossError("NOT_CANCELABLE_AMOUNT");
      const balance = p.balanceAmount - amount;
      const cancel: TossStubCancel = {
        transactionKey: transactionKey(), cancelReason: body.cancelReason, taxExemptionAmount: 0, canceledAt: kst(),
        easyPayDiscountAmount: 0, receiptKey: null, cancelAmount: amount, taxFreeAmount: 0, refundableAmount: balance,
        cancelStatus: "DONE", cancelRequestId: null,
      };
      p.cancels = [...(p.cancels ?? []), cancel];
      p.lastTransactionKey = cancel.transactionKey;
      p.balanceAmount = balance;
      Object.assign(p, split(balance));
      p.isPartialCancelable = balance > 0;
      stats.cancelsApplied++;
      setStatus(p, balance === 0 ? "CANCELED" : "PARTIAL_CANCELED");
      return p;
    },
  };
}

export type TossLedger = ReturnType<typeof createLedger>;
