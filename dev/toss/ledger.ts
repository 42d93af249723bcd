// In-memory payment ledger of the local Toss stub: Toss's v1 Payment object, its status machine
// (IN_PROGRESS → DONE → PARTIAL_CANCELED/CANCELED; IN_PROGRESS → ABORTED/EXPIRED) and Toss's error codes.
// 가상계좌: confirm issues an account (IN_PROGRESS → WAITING_FOR_DEPOSIT, virtualAccount + secret); a
// deposit (control call) → DONE and a DEPOSIT_CALLBACK; cancel before the deposit withdraws the account
// (CANCELED, never approved); a deposited one is refunded only with refundReceiveAccount. Past its due
// date the account is `expired` and takes no deposit.
import { randomBytes, randomInt } from "node:crypto";

export type TossStubStatus = "READY" | "IN_PROGRESS" | "WAITING_FOR_DEPOSIT" | "DONE" | "CANCELED" | "PARTIAL_CANCELED" | "ABORTED" | "EXPIRED";
export type TossStubMethod = "카드" | "가상계좌";
export type TossStubVirtualAccount = {
  accountType: "일반";
  accountNumber: string;
  bankCode: string;
  customerName: string;
  dueDate: string;
  refundStatus: "NONE" | "COMPLETED";
  expired: boolean;
  settlementStatus: "INCOMPLETED" | "COMPLETED";
  refundReceiveAccount: { bankCode: string; accountNumber: string; holderName: string } | null;
  depositorName: string | null;
};
/** The body Toss POSTs to the merchant when a 가상계좌 deposit arrives (or fails). */
export type TossDepositCallback = { createdAt: string; secret: string; status: "DONE" | "CANCELED" | "WAITING_FOR_DEPOSIT"; transactionKey: string; orderId: string };

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
  method: TossStubMethod;
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
  virtualAccount: TossStubVirtualAccount | null;
  transfer: null;
  mobilePhone: null;
  giftCertificate: null;
  cashReceipt: null;
  cashReceipts: null;
  discount: null;
  secret: string | null;
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
  INVALID_REFUND_ACCOUNT_INFO: [400, "환불 계좌번호와 예금주명이 일치하지 않습니다."],
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

export type LedgerEvents = { onStatusChange(p: TossStubPayment): void; onDeposit?(p: TossStubPayment, callback: TossDepositCallback): void };
/** What the checkout carried for a 가상계좌 (requestPayment('가상계좌', { validHours, virtualAccountCallbackUrl })). */
export type VirtualAccountRequest = { validHours?: number; callbackUrl?: string };

export function createLedger(opts: { baseUrl: () => string; sessionTtlMs: number; events: LedgerEvents }) {
  const payments = new Map<string, { p: TossStubPayment; expiresAt: number; va?: VirtualAccountRequest }>();
  const orders = new Map<string, string>(); // orderId → latest paymentKey
  const stats = { confirmRequests: 0, confirmsApplied: 0, cancelsApplied: 0 };
  const names = new Map<string, string>(); // paymentKey → the customerName the checkout carried (가상계좌)
  const events = opts.events;

  function setStatus(p: TossStubPayment, status: TossStubStatus) {
    p.status = status;
    if (status !== "IN_PROGRESS") opts.events.onStatusChange(p);
  }
  /** An authenticated payment past its confirm window expires (Toss: confirm within 10 minutes). */
  function fresh(paymentKey: string | undefined) {
    const rec = paymentKey ? payments.get(paymentKey) : undefined;
    if (rec && rec.p.status === "IN_PROGRESS" && Date.now() > rec.expiresAt) setStatus(rec.p, "EXPIRED");
    const va = rec?.p.virtualAccount;
    if (va && rec.p.status === "WAITING_FOR_DEPOSIT" && Date.now() >= Date.parse(va.dueDate)) va.expired = true;
    return rec?.p;
  }
  const split = (amount: number) => {
    const suppliedAmount = Math.round(amount / 1.1);
    return { suppliedAmount, vat: amount - suppliedAmount };
  };

  return {
    stats,
    all: () => [...payments.keys()].map((k) => fresh(k)!),
    /** where the merchant asked for this payment's DEPOSIT_CALLBACK (virtualAccountCallbackUrl), if anywhere */
    callbackUrlOf: (paymentKey: string) => payments.get(paymentKey)?.va?.callbackUrl,
    get: (paymentKey: string) => fresh(paymentKey),
    byOrderId: (orderId: string) => fresh(orders.get(orderId)),
    reset() {
      payments.clear();
      orders.clear();
      names.clear();
      Object.assign(stats, { confirmRequests: 0, confirmsApplied: 0, cancelsApplied: 0 });
    },

    /** What the checkout's 결제하기 does: card authenticated, payment IN_PROGRESS until the merchant confirms. */
    authorize(input: { orderId: string; amount: number; orderName: string; method?: TossStubMethod; customerName?: string; virtualAccount?: VirtualAccountRequest }): TossStubPayment {
      const previous = fresh(orders.get(input.orderId));
      if (previous && FINAL_FOR_ORDER.includes(previous.status)) throw tossError("DUPLICATED_ORDER_ID");
      if (previous?.status === "IN_PROGRESS") setStatus(previous, "ABORTED"); // a second checkout replaces the first
      const paymentKey = `tstub${alnum(43)}`;
      const p: TossStubPayment = {
        mId: "tstub", version: "2022-11-16", lastTransactionKey: null, paymentKey, orderId: input.orderId,
        orderName: input.orderName, status: "IN_PROGRESS", method: input.method ?? "카드", type: "NORMAL", currency: "KRW", country: "KR",
        totalAmount: input.amount, balanceAmount: input.amount, ...split(input.amount), taxFreeAmount: 0, taxExemptionAmount: 0,
        requestedAt: kst(), approvedAt: null, useEscrow: false, cultureExpense: false, isPartialCancelable: true,
        card: null, cancels: null, receipt: null, checkout: { url: `${opts.baseUrl()}/checkout` }, failure: null,
        virtualAccount: null, transfer: null, mobilePhone: null, giftCertificate: null, cashReceipt: null, cashReceipts: null,
        discount: null, secret: null, easyPay: null, metadata: null,
      };
      payments.set(paymentKey, { p, expiresAt: Date.now() + opts.sessionTtlMs, va: p.method === "가상계좌" ? { ...input.virtualAccount } : undefined });
      if (p.method === "가상계좌") names.set(paymentKey, input.customerName ?? "");
      orders.set(input.orderId, paymentKey);
      return p;
    },

    expire(paymentKey: string): TossStubPayment {
      const p = fresh(paymentKey);
      if (!p) throw tossError("NOT_FOUND_PAYMENT");
      if (p.status === "WAITING_FOR_DEPOSIT" && p.virtualAccount) {
        // the due date passes: the account takes no deposit any more (Toss keeps the payment's status)
        p.virtualAccount.dueDate = kst(new Date(Date.now() - 1000));
        p.virtualAccount.expired = true;
        return p;
      }
      if (p.status === "IN_PROGRESS" || p.status === "READY") setStatus(p, "EXPIRED");
      return p;
    },

    confirm(body: { paymentKey: string; orderId: string; amount: number }): TossStubPayment {
      const p = fresh(body.paymentKey);
      if (!p || p.orderId !== body.orderId) throw tossError("NOT_FOUND_PAYMENT_SESSION");
      if (["DONE", "CANCELED", "PARTIAL_CANCELED"].includes(p.status)) throw tossError("ALREADY_PROCESSED_PAYMENT");
      if (p.status !== "IN_PROGRESS") throw tossError("NOT_FOUND_PAYMENT_SESSION");
      if (body.amount !== p.totalAmount) throw tossError("INVALID_REQUEST", "결제 금액이 일치하지 않습니다.");
      if (p.method === "가상계좌") return issueAccount(p);
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

    cancel(paymentKey: string, body: { cancelReason: string; cancelAmount?: number; refundReceiveAccount?: { bank: string; accountNumber: string; holderName: string } }): TossStubPayment {
      const p = fresh(paymentKey);
      if (!p) throw tossError("NOT_FOUND_PAYMENT");
      if (p.status === "CANCELED") throw tossError("ALREADY_CANCELED_PAYMENT");
      if (p.status === "WAITING_FOR_DEPOSIT") return withdrawAccount(p, body.cancelReason);
      if (p.status !== "DONE" && p.status !== "PARTIAL_CANCELED") throw tossError("NOT_CANCELABLE_PAYMENT");
      if (p.method === "가상계좌") {
        const to = body.refundReceiveAccount;
        if (!to) throw tossError("INVALID_REFUND_ACCOUNT_INFO", "가상계좌 결제를 환불하려면 환불 받을 계좌(refundReceiveAccount)가 필요합니다.");
        p.virtualAccount!.refundReceiveAccount = { bankCode: to.bank, accountNumber: to.accountNumber.replace(/(?<=^.{3}).(?=.{4})/g, "*"), holderName: to.holderName };
      }
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
      if (p.virtualAccount && balance === 0) p.virtualAccount.refundStatus = "COMPLETED";
      setStatus(p, balance === 0 ? "CANCELED" : "PARTIAL_CANCELED");
      return p;
    },

    /**
     * The member deposits into the issued account: DONE, approved now, and a DEPOSIT_CALLBACK (with the
     * payment's secret, or `secret` to imitate a forged one) for the merchant. Refused past the due date.
     */
    deposit(paymentKey: string, forged: { secret?: string } = {}): { payment: TossStubPayment; callback: TossDepositCallback } {
      const p = fresh(paymentKey);
      if (!p) throw tossError("NOT_FOUND_PAYMENT");
      if (p.method !== "가상계좌" || !p.virtualAccount || !p.secret) throw tossError("INVALID_REQUEST", "가상계좌 결제가 아닙니다.");
      if (p.status !== "WAITING_FOR_DEPOSIT") throw tossError("INVALID_REQUEST", "입금을 기다리는 가상계좌가 아닙니다.");
      if (p.virtualAccount.expired) throw tossError("INVALID_REQUEST", "입금 기한이 지난 가상계좌입니다.");
      p.approvedAt = kst();
      p.lastTransactionKey = transactionKey();
      p.receipt = { url: `${opts.baseUrl()}/receipt/${p.paymentKey}` };
      p.virtualAccount.depositorName = p.virtualAccount.customerName;
      stats.confirmsApplied++;
      p.status = "DONE"; // Toss tells the merchant through DEPOSIT_CALLBACK, not PAYMENT_STATUS_CHANGED
      const callback: TossDepositCallback = { createdAt: kst(), secret: forged.secret ?? p.secret, status: "DONE", transactionKey: p.lastTransactionKey, orderId: p.orderId };
      events.onDeposit?.(p, callback);
      return { payment: p, callback };
    },
  };

  function issueAccount(p: TossStubPayment): TossStubPayment {
    const rec = payments.get(p.paymentKey)!;
    const hours = rec.va?.validHours && rec.va.validHours > 0 && rec.va.validHours <= 720 ? rec.va.validHours : 168; // Toss: 7 days by default, 30 days at most
    p.virtualAccount = {
      accountType: "일반",
      accountNumber: `X${String(randomInt(10_000_000, 99_999_999))}${String(randomInt(10_000, 99_999))}`,
      bankCode: "20",
      customerName: names.get(p.paymentKey) || "인연 회원",
      dueDate: kst(new Date(Date.now() + hours * 3600_000)),
      refundStatus: "NONE",
      expired: false,
      settlementStatus: "INCOMPLETED",
      refundReceiveAccount: null,
      depositorName: null,
    };
    p.secret = `ps_${alnum(28)}`;
    p.lastTransactionKey = transactionKey();
    p.receipt = null;
    setStatus(p, "WAITING_FOR_DEPOSIT");
    return p;
  }

  function withdrawAccount(p: TossStubPayment, cancelReason: string): TossStubPayment {
    const cancel: TossStubCancel = {
      transactionKey: transactionKey(), cancelReason, taxExemptionAmount: 0, canceledAt: kst(), easyPayDiscountAmount: 0, receiptKey: null,
      cancelAmount: p.totalAmount, taxFreeAmount: 0, refundableAmount: 0, cancelStatus: "DONE", cancelRequestId: null,
    };
    p.cancels = [...(p.cancels ?? []), cancel];
    p.lastTransactionKey = cancel.transactionKey;
    p.balanceAmount = 0;
    Object.assign(p, split(0));
    p.isPartialCancelable = false;
    stats.cancelsApplied++;
    setStatus(p, "CANCELED");
    return p;
  }
}

export type TossLedger = ReturnType<typeof createLedger>;
