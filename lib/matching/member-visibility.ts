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

/**
 * The member has at least one APPROVED photo (docs/photos.md): nobody is recommended with no face
 * to look at. Raw SQL over the "User" alias `u` (no parameters). Part of `recommendableSql`, and
 * applied on its own when a built list is read, so a member who deletes their last approved photo
 * leaves every list at once.
 */
export function approvedPhotoSql(u: string): string {
  return `EXISTS (SELECT 1 FROM "Photo" ph WHERE ph."userId" = ${u}.id AND ph.status = 'APPROVED')`;
}

/** A live, onboarded member, 매칭 전 or 매칭 중: `recommendableSql` without the photo. */
export function matchableMemberSql(u: string): string {
  return `${u}.role = 'MEMBER' AND ${u}.status IN ('ACTIVE', 'MATCHING') AND ${u}."onboardedAt" IS NOT NULL AND ${u}."deletedAt" IS NULL`;
}

/**
 * Who may be recommended, the one rule of the weekly build, the first-list top-up (both read the
 * pool of lib/recommendations/load-pool), the first-list state and the admin's candidate list: a
 * matchable member with an approved photo. Raw SQL over the "User" alias `u`.
 */
export function recommendableSql(u: string): string {
  return `${matchableMemberSql(u)} AND ${approvedPhotoSql(u)}`;
}
