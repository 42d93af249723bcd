// zod request/response schemas of the payments API (products, Toss card checkout, bank transfer,
// admin verification and refunds) and the one mapping from a Payment row to its DTO.
import { z } from "zod";
import { strictObject } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";
import { zPaymentKey } from "./payment-key";
import { findProduct, MATCH_FEE_PRODUCT_ID } from "./products";
import { bankNameOf } from "./banks";

const ZUuid = zId("잘못된 정보가 전달되었어요. 새로고침한 뒤 다시 시도해 주세요.");
export const ZPaymentStatus = z.enum(["PENDING", "PAID", "CANCELED", "FAILED", "EXPIRED", "CLOSING", "REFUND_PENDING", "PARTIALLY_REFUNDED", "REFUNDED", "NEEDS_REVIEW", "AWAITING_DEPOSIT"]);
export const ZPaymentMethod = z.enum(["TRANSFER", "TOSS"]);
export const ZPaymentPurpose = z.enum(["MATCH_FEE", "MEMBERSHIP"]);
const ZTier = z.enum(["FREE", "BASIC", "PREMIUM"]);

// ── Products ────────────────────────────────────────────────────────────────────────────────────
export const ZProductDto = z.object({
  id: z.string(),
  kind: z.enum(["MEMBERSHIP", "MATCH_FEE"]),
  name: z.string(),
  price: z.number().int(),
  currency: z.literal("KRW"),
  vatIncluded: z.literal(true),
  durationDays: z.number().int().nullable(),
  tier: z.enum(["BASIC", "PREMIUM"]).nullable(),
  benefits: z.array(z.string()),
  weeklyRecommendations: z.number().int().nullable(),
  /** manager 1:1 consultations included per membership period */
  consultations: z.number().int(),
});
export const ZProductList = z.object({ products: z.array(ZProductDto), refundPolicyUrl: z.string() });

// ── Payment DTO ─────────────────────────────────────────────────────────────────────────────────
export const ZVirtualAccountDto = z.object({
  bankCode: z.string(),
  bankName: z.string(),
  accountNumber: z.string(),
  /** the name the account is issued under (Toss's customerName) */
  customerName: z.string().nullable(),
  /** ISO time: the account takes the deposit until then */
  dueDate: z.string(),
});
export type VirtualAccountDto = z.infer<typeof ZVirtualAccountDto>;
export const ZPaymentDto = z.object({
  id: z.uuid(),
  purpose: ZPaymentPurpose,
  method: ZPaymentMethod,
  status: ZPaymentStatus,
  /** KRW, VAT included */
  amount: z.number().int(),
  refundedAmount: z.number().int(),
  orderId: z.string(),
  orderName: z.string(),
  membershipTier: ZTier.nullable(),
  matchId: z.uuid().nullable(),
  /** bank transfer: the code to type as the depositor name, and where to send the money */
  depositCode: z.string().nullable(),
  bankAccount: z.string().nullable(),
  paymentKey: z.string().nullable(),
  receiptUrl: z.string().nullable(),
  failureMessage: z.string().nullable(),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  canceledAt: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Toss 가상계좌: where and until when the member deposits (AWAITING_DEPOSIT), kept after the deposit */
  virtualAccount: ZVirtualAccountDto.nullable(),
});
export type PaymentDto = z.infer<typeof ZPaymentDto>;

export const ZPaymentResponse = z.object({ payment: ZPaymentDto });
export const ZPaymentList = z.object({ payments: z.array(ZPaymentDto) });

export const paymentDtoSelect = {
  id: true,
  userId: true,
  purpose: true,
  method: true,
  status: true,
  amount: true,
  refundedAmount: true,
  orderId: true,
  orderName: true,
  membershipTier: true,
  matchId: true,
  depositCode: true,
  paymentKey: true,
  rawResponse: true,
  failureMessage: true,
  createdAt: true,
  approvedAt: true,
  verifiedAt: true,
  canceledAt: true,
  periodStart: true,
  periodEnd: true,
  virtualAccount: true,
} as const;

type PaymentRow = {
  id: string;
  purpose: PaymentDto["purpose"];
  method: PaymentDto["method"];
  status: PaymentDto["status"];
  amount: number;
  refundedAmount: number;
  orderId: string;
  orderName: string;
  membershipTier: PaymentDto["membershipTier"];
  matchId: string | null;
  depositCode: string | null;
  paymentKey: string | null;
  rawResponse: unknown;
  failureMessage: string | null;
  createdAt: Date;
  approvedAt: Date | null;
  verifiedAt: Date | null;
  canceledAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  virtualAccount: unknown;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Toss's receipt link, kept in the stored provider response. */
export function receiptUrlOf(raw: unknown): string | null {
  const url = (raw as { receipt?: { url?: unknown } } | null)?.receipt?.url;
  return typeof url === "string" && /^https?:\/\//.test(url) ? url : null;
}

export function toPaymentDto(p: PaymentRow, bankAccount: string): PaymentDto {
  return {
    id: p.id,
    purpose: p.purpose,
    method: p.method,
    status: p.status,
    amount: p.amount,
    refundedAmount: p.refundedAmount,
    orderId: p.orderId,
    orderName: p.orderName,
    membershipTier: p.membershipTier,
    matchId: p.matchId,
    depositCode: p.depositCode,
    bankAccount: p.method === "TRANSFER" ? bankAccount : null,
    paymentKey: p.paymentKey,
    receiptUrl: receiptUrlOf(p.rawResponse),
    failureMessage: p.failureMessage,
    createdAt: p.createdAt.toISOString(),
    approvedAt: iso(p.approvedAt),
    verifiedAt: iso(p.verifiedAt),
    canceledAt: iso(p.canceledAt),
    periodStart: iso(p.periodStart),
    periodEnd: iso(p.periodEnd),
    virtualAccount: virtualAccountOf(p.virtualAccount),
  };
}

const ZStoredVirtualAccount = z.object({ bankCode: z.string(), accountNumber: z.string(), customerName: z.string().nullable().optional(), dueDate: z.string() });

/** The stored 가상계좌 (settle-toss.ts issueAccount) as members see it; null for other payments. */
export function virtualAccountOf(stored: unknown): VirtualAccountDto | null {
  const v = ZStoredVirtualAccount.safeParse(stored);
  if (!v.success) return null;
  const { bankCode, accountNumber, customerName, dueDate } = v.data;
  return { bankCode, bankName: bankNameOf(bankCode), accountNumber, customerName: customerName ?? null, dueDate: new Date(dueDate).toISOString() };
}

// ── Requests ────────────────────────────────────────────────────────────────────────────────────
export const ZPaymentIdParams = z.object({ id: ZUuid });
export const ZPaymentKeyParams = z.object({ paymentKey: zPaymentKey() });

export const ZTossReadyRequest = strictObject({
  productId: z.string().refine((id) => !!findProduct(id), "없는 상품이에요. 멤버십 화면에서 다시 골라 주세요."),
  matchId: ZUuid.optional(),
}).superRefine((v, ctx) => {
  if (v.productId === MATCH_FEE_PRODUCT_ID && !v.matchId) ctx.addIssue({ code: "custom", path: ["matchId"], message: "매칭 이용료는 매칭 화면에서 결제해 주세요." });
  if (v.productId !== MATCH_FEE_PRODUCT_ID && v.matchId) ctx.addIssue({ code: "custom", path: ["matchId"], message: "멤버십은 멤버십 화면에서 결제해 주세요." });
});
export type TossReadyRequest = z.infer<typeof ZTossReadyRequest>;

/** Toss SDK methods the checkout offers: a card, or a 가상계좌 the member deposits into. */
export const ZTossCheckoutMethod = z.enum(["카드", "가상계좌"]);
export type TossCheckoutMethod = z.infer<typeof ZTossCheckoutMethod>;

/**
 * Everything `loadTossPayments(clientKey, { src: sdkUrl })` + `requestPayment(method, …)` needs; the
 * member picks the method on the checkout page. 가상계좌 adds `validHours` (how long the account takes
 * the deposit) and `virtualAccountCallbackUrl` (where Toss sends DEPOSIT_CALLBACK).
 */
export const ZTossCheckout = z.object({
  clientKey: z.string(),
  sdkUrl: z.string(),
  /** the method the window opens with by default */
  method: z.literal("카드"),
  /** every method the member may pick on the checkout page */
  methods: z.array(ZTossCheckoutMethod),
  validHours: z.number().int(),
  virtualAccountCallbackUrl: z.string(),
  amount: z.number().int(),
  orderId: z.string(),
  orderName: z.string(),
  customerName: z.string(),
  successUrl: z.string(),
  failUrl: z.string(),
});
export type TossCheckout = z.infer<typeof ZTossCheckout>;
export const ZTossReadyResponse = z.object({ payment: ZPaymentDto, checkout: ZTossCheckout });

// what /checkout/success shows when the card window sent it back without a usable order
const CONFIRM_PROBLEM = "결제 정보를 확인하지 못했어요. 결제 내역에서 결제 상태를 확인해 주세요.";

export const ZTossConfirmRequest = strictObject({
  paymentKey: zPaymentKey(CONFIRM_PROBLEM),
  orderId: z.string({ error: CONFIRM_PROBLEM }).regex(/^[A-Za-z0-9_=-]{6,64}$/, CONFIRM_PROBLEM),
  amount: z.coerce.number({ error: CONFIRM_PROBLEM }).int(CONFIRM_PROBLEM).positive(CONFIRM_PROBLEM),
});
export type TossConfirmRequest = z.infer<typeof ZTossConfirmRequest>;

export const ZTransferIntentRequest = strictObject({ matchId: ZUuid });

// ── Admin ───────────────────────────────────────────────────────────────────────────────────────
export const ZAdminPaymentsQuery = z.object({
  status: ZPaymentStatus.optional(),
  method: ZPaymentMethod.optional(),
  /** without status/method: "todo" (default) lists only what needs a person; "all" everything */
  queue: z.enum(["todo", "all"]).optional(),
});

export const ZAdminPaymentDto = ZPaymentDto.extend({
  payer: z.object({ userId: z.uuid(), nickname: z.string().nullable() }),
  depositorName: z.string().nullable(),
  verifiedById: z.uuid().nullable(),
  failureCode: z.string().nullable(),
  cancelReason: z.string().nullable(),
  match: z.object({ id: z.uuid(), status: z.enum(["PENDING", "ACTIVE", "CLOSED"]) }).nullable(),
  /** what the refund policy gives back today (KRW), for the cancel form */
  suggestedRefund: z.object({ amount: z.number().int(), rule: z.string() }).nullable(),
});
export type AdminPaymentDto = z.infer<typeof ZAdminPaymentDto>;
export const ZAdminPaymentList = z.object({ payments: z.array(ZAdminPaymentDto) });

export const ZVerifyPaymentRequest = strictObject({
  depositorName: z.string().trim().min(1, "입금자명을 입력해 주세요.").max(40, "입금자명은 40자 이하로 입력해 주세요."),
  memo: z.string().trim().max(500, "메모는 500자 이하로 입력해 주세요.").optional(),
});
export type VerifyPaymentRequest = z.infer<typeof ZVerifyPaymentRequest>;

export const ZCancelPaymentRequest = strictObject({
  reason: z.string().trim().min(2, "취소 사유를 입력해 주세요.").max(200, "취소 사유는 200자 이하로 입력해 주세요."),
  /** KRW to refund; omitted = everything not yet refunded */
  amount: z.number({ error: "금액은 숫자로 입력해 주세요." }).int("금액은 정수여야 합니다.").positive("금액은 0보다 커야 합니다.").optional(),
});
export type CancelPaymentRequest = z.infer<typeof ZCancelPaymentRequest>;

export const ZOkPayment = z.object({ ok: z.literal(true), payment: ZPaymentDto });
