// The audit log (every admin approval or change goes to admin_actions), written in the same
// transaction as the change it records where there is one.
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";

export type AdminActionInput = {
  adminId: string;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** before/after or parameters of the change; never PII */
  detail?: Prisma.InputJsonValue;
};

export async function recordAdminAction(db: Tx | typeof prisma, input: AdminActionInput): Promise<void> {
  await db.adminAction.create({
    data: { adminId: input.adminId, action: input.action, targetType: input.targetType, targetId: input.targetId ?? null, detail: input.detail },
    select: { id: true },
  });
}
