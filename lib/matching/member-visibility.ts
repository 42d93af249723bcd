// Who a member may see and interact with on the matching side: live (not banned, withdrawn,
// onboarding or deleted) and no block between the two in EITHER direction (lib/members/blocks).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { prisma, type Tx } from "@/lib/db";
import { notBlockedWith } from "@/lib/members/blocks";

/** Statuses whose members are gone from the service for everyone else. */
export const HIDDEN_STATUSES: UserStatus[] = ["BANNED", "WITHDRAWN", "ONBOARDING"];

/** A User filter: the member is live and no block exists between them and `viewerId`. */
export function visibleToWhere(viewerId: string): Prisma.UserWhereInput {
  return { status: { notIn: HIDDEN_STATUSES }, deletedAt: null, ...notBlockedWith(viewerId) };
}

/** The target as `viewerId` may see it (live, not blocked either way), or null. */
export async function findVisibleMember(viewerId: string, targetId: string, db: Tx | typeof prisma = prisma) {
  return db.user.findFirst({ where: { id: targetId, ...visibleToWhere(viewerId) }, select: { id: true, status: true } });
}
