// The two facts every domain filters members by (matching, payments, blocks, recommendations): who is
// gone from the service for everyone else, and that a block hides two members from each other in
// BOTH directions. The rules that read the database build on these: lib/matching/member-visibility.ts,
// lib/members/blocks.ts, and the weekly build's set-based read (lib/recommendations/load-pairs.ts);
// tests/integration/blocks-reports.int.test.ts proves they agree on every pair. Also who may be
// recommended at all (recommendableSql), read by the weekly build, the first-list top-up, the admin's
// candidates and the member's list.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserStatus } from "@/lib/generated/prisma/enums";

/** Statuses whose members are gone from the service for everyone else. */
export const HIDDEN_STATUSES: UserStatus[] = ["BANNED", "WITHDRAWN", "ONBOARDING"];

/** Prisma where-clause on the User model: users with no block in either direction with `userId`. */
export function notBlockedWith(userId: string) {
  return {
    blocksMade: { none: { blockedId: userId } },
    blocksReceived: { none: { blockerId: userId } },
  } satisfies Prisma.UserWhereInput;
}

/**
 * A Match filter: the matches `viewerId` may see — their own, and not hidden by a block either way.
 * Every member route on a match (detail, paying its fee: lib/matching, lib/payments) uses it, so a
 * hidden match is a 404 everywhere.
 */
export function visibleMatchWhere(viewerId: string): Prisma.MatchWhereInput {
  return { OR: [{ userAId: viewerId }, { userBId: viewerId }], userA: notBlockedWith(viewerId), userB: notBlockedWith(viewerId) };
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
