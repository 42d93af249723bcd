// zod schemas of refunds (docs/payments.md, "Refunds"): a member's request with the policy's amount,
// the refund account a transfer is paid back to, the admin's decisions, and the DTOs both sides see.
import { z } from "zod";
import { strictObject, zFreeText } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";

const ZUuid = zId("잘못된 정보가 전달되었어요. 새로고침한 뒤 다시 시도해 주세요.");
export const ZRefundIdParams = z.object({ id: ZUuid });
export const ZRefundStatus = z.enum(["REQUESTED", "APPROVED", "REFUNDED", "REJECTED"]);
export const ZRefundSource = z.enum(["MEMBER_REQUEST", "PARTNER_WITHDRAWN", "PARTNER_BANNED", "MATCH_CLOSED_BY_OPERATOR"]);

/** Banks a refund can go to (the name as members know it). */
export const REFUND_BANKS = ["KB국민은행", "신한은행", "우리은행", "하나은행", "NH농협은행", "IBK기업은행", "카카오뱅크", "토스뱅크", "케이뱅크", "SC제일은행", "새마을금고", "우체국", "부산은행", "대구은행", "경남은행", "광주은행", "전북은행", "제주은행", "수협은행", "신협"] as const;

/** The member's own account; stored only encrypted (lib/crypto/pii.ts), never logged, never in a URL. */
export const ZRefundAccount = strictObject({
  bank: z.enum(REFUND_BANKS, "환불 받을 은행을 골라 주세요."),
  accountNumber: z
    .string("계좌번호를 입력해 주세요.")
    .transform((s) => s.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{8,16}$/, "계좌번호는 숫자 8~16자리로 입력해 주세요.")),
  holder: z.string("예금주를 입력해 주세요.").trim().min(1, "예금주를 입력해 주세요.").max(30, "예금주는 30자 이하로 입력해 주세요."),
});
export type RefundAccount = z.infer<typeof ZRefundAccount>;

export const ZRefundRequestBody = strictObject({
  reason: zFreeText(500, { label: "환불 사유", multiLine: true }).pipe(z.string().min(2, "환불 사유를 2자 이상 적어 주세요.")),
  /** required when the payment was a bank transfer */
  account: ZRefundAccount.optional(),
});
export type RefundRequestBody = z.infer<typeof ZRefundRequestBody>;

export const ZRefundAccountBody = strictObject({ account: ZRefundAccount });

export const ZApproveRefundBody = strictObject({
  /** KRW; omitted = the amount the policy gave when the member asked */
  amount: z.number().int("금액은 정수여야 합니다.").positive("금액은 0보다 커야 합니다.").optional(),
  note: z.string().trim().max(500, "메모는 500자 이하로 입력해 주세요.").optional(),
});
export const ZRejectRefundBody = strictObject({
  note: z.string().trim().min(2, "거절 사유를 회원이 알 수 있게 적어 주세요.").max(500, "거절 사유는 500자 이하로 입력해 주세요."),
});
export const ZAdminRefundsQuery = z.object({ status: ZRefundStatus.optional() });

/** The policy's answer for one payment today. */
export const ZRefundQuote = z.object({ amount: z.number().int(), rule: z.string() });

export const ZRefundDto = z.object({
  id: z.uuid(),
  paymentId: z.uuid(),
  source: ZRefundSource,
  status: ZRefundStatus,
  amount: z.number().int(),
  rule: z.string(),
  reason: z.string(),
  /** a transfer's refund account is on file (the number itself is never sent back) */
  hasAccount: z.boolean(),
  /** the bank refund is owed but the member has not said where to send it */
  needsAccount: z.boolean(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
});
export type RefundDto = z.infer<typeof ZRefundDto>;
export const ZRefundResponse = z.object({ refund: ZRefundDto });
/** a request: `created` false when the payment's open request was answered instead (200, not 201) */
export const ZRefundRequestResponse = ZRefundResponse.extend({ created: z.boolean() });

export const ZMyRefundable = z.object({
  paymentId: z.uuid(),
  orderName: z.string(),
  method: z.enum(["TRANSFER", "TOSS"]),
  /** where the money goes back: the card (Toss cancels the approval) or the member's own account (a transfer, or a deposited 가상계좌) */
  refundTo: z.enum(["CARD", "ACCOUNT"]),
  quote: ZRefundQuote,
  refund: ZRefundDto.nullable(),
});
export const ZMyRefunds = z.object({ payments: z.array(ZMyRefundable) });

export const ZAdminRefundDto = ZRefundDto.extend({
  payer: z.object({ userId: z.uuid(), nickname: z.string().nullable() }),
  payment: z.object({ id: z.uuid(), method: z.enum(["TRANSFER", "TOSS"]), purpose: z.enum(["MATCH_FEE", "MEMBERSHIP"]), amount: z.number().int(), refundedAmount: z.number().int(), orderName: z.string(), status: z.string() }),
  /** transfers: where to send the money (decrypted for the operator only) */
  account: z.object({ bank: z.string(), accountNumber: z.string(), holder: z.string() }).nullable(),
  failureMessage: z.string().nullable(),
});
export type AdminRefundDto = z.infer<typeof ZAdminRefundDto>;
export const ZAdminRefundList = z.object({ refunds: z.array(ZAdminRefundDto) });
