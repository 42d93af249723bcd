// The audit log (seed B: every admin approval or change goes to admin_actions), written in the same
// transaction as the change it records where there is one.
// It takes the client it writes with (the caller's transaction), so the kernel needs only the
// generated types, not the database module.
import type { Prisma } from "@/lib/generated/prisma/client";

/** the client or a transaction: anything that can write an AdminAction row */
type AuditWriter = { adminAction: { create(args: { data: Prisma.AdminActionUncheckedCreateInput; select: { id: true } }): PromiseLike<unknown> } };

export type AdminActionInput = {
  adminId: string;
  action: string;
  targetType: string;
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
