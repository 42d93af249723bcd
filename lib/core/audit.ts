// The audit log (every admin approval or change goes to admin_actions), written in the same
// transaction as the change it records where there is one.
// It takes the client it writes with (the caller's transaction), so the kernel needs only the
// generated types, not the database module.
import type { Prisma } from "@/lib/generated/prisma/client";

/** the client or a transaction: anything that can write an AdminAction row */
type AuditWriter = { adminAction: { create(args: { data: Prisma.AdminActionUncheckedCreateInput; select: { id: true } }): PromiseLike<unknown> } };

/** Every action the audit log records; the console shows each with its label (lib/core/labels.ts). */
export const AUDIT_ACTIONS = [
  "USER_BANNED",
  "USER_UNBANNED",
  "USER_DELETED",
  "USERS_EXPORTED",
  "PII_VIEWED",
  "MEMO_UPDATED",
  "CONSULTATION_LOGGED",
  "MEMBERSHIP_UPDATED",
  "MATCH_CREATED",
  "MATCH_ACTIVATE",
  "MATCH_CLOSED",
  "PAYMENT_VERIFY",
  "PAYMENT_CANCEL",
  "PAYMENT_RECHECK",
  "PAYMENT_ORDER_CANCELED",
  "REFUND_APPROVED",
  "REFUND_REJECTED",
  "REFUND_BANK_SENT",
  "REFUND_RETRIED",
  "PHOTO_APPROVED",
  "PHOTO_REJECTED",
  "DOCUMENT_VIEWED",
  "DOCUMENT_APPROVED",
  "DOCUMENT_REJECTED",
  "IDENTITY_EXCEPTION_UPHELD",
  "IDENTITY_RETRY_ALLOWED",
  "REPORT_RESOLVED",
  "RECOMMENDATIONS_RUN",
  "NOTIFICATION_RESENT",
  "MARKETING_CAMPAIGN_SCHEDULED",
  "MARKETING_CAMPAIGN_CANCELLED",
  "MANAGER_PROFILE_UPDATED",
  "MANAGER_ASSIGNED",
  "CONSULTATION_SLOT_PUBLISHED",
  "CONSULTATION_OUTCOME",
  "INQUIRY_ANSWERED",
  "INQUIRY_ASSIGNED",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** the kinds of record an audit row points at */
export const AUDIT_TARGETS = ["User", "Match", "Payment", "RefundRequest", "Report", "RecommendationRun", "VerificationDocument", "NotificationDelivery", "MarketingCampaign", "ConsultationSlot", "ConsultationBooking", "Inquiry"] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export type AdminActionInput = {
  adminId: string;
  action: AuditAction;
  targetType: AuditTarget;
  targetId?: string | null;
  /** before/after or parameters of the change; never PII */
  detail?: Prisma.InputJsonValue;
};

export async function recordAdminAction(db: AuditWriter, input: AdminActionInput): Promise<void> {
  await db.adminAction.create({
    data: { adminId: input.adminId, action: input.action, targetType: input.targetType, targetId: input.targetId ?? null, detail: input.detail },
    select: { id: true },
  });
}
