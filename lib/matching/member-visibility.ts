// Who a member may see and interact with on the matching side: live (not banned, withdrawn,
// onboarding or deleted) and no block between the two in EITHER direction (lib/core/visibility.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { HIDDEN_STATUSES, notBlockedWith } from "@/lib/core/visibility";

/** A User filter: the member is live and no block exists between them and `viewerId`. */
export function visibleToWhere(viewerId: string): Prisma.UserWhereInput {
  return { status: { notIn: HIDDEN_STATUSES }, deletedAt: null, ...notBlockedWith(viewerId) };
}

/** The target as `viewerId` may see it (live, not blocked either way), or null. */
export async function findVisibleMember(viewerId: string, targetId: string, db: Tx | typeof prisma = prisma) {
  return db.user.findFirst({ where: { id: targetId, ...visibleToWhere(viewerId) }, select: { id: true, status: true } });
}

/**
 * The same rule as `visibleToWhere` for raw SQL reads (one round trip instead of Prisma's query per
 * relation level): `u` is the alias of the "User" row being looked at, `viewerId` the caller.
 * tests/integration/member-visibility.int.test.ts proves the two agree.
 */
export function visibleToSql(viewerId: string, u: string): Prisma.Sql {
  const col = (c: string) => Prisma.raw(`${u}."${c}"`);
  const hidden = Prisma.join(HIDDEN_STATUSES.map((s) => Prisma.sql`${s}::"UserStatus"`));
  return Prisma.sql`${col("status")} NOT IN (${hidden}) AND ${col("deletedAt")} IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Block" vb WHERE (vb."blockerId" = ${col("id")} AND vb."blockedId" = ${viewerId}::uuid) OR (vb."blockerId" = ${viewerId}::uuid AND vb."blockedId" = ${col("id")}))`;
}

