// The two facts every domain filters members by (matching, payments, blocks, recommendations): who is
// gone from the service for everyone else, and that a block hides two members from each other in
// BOTH directions. The rules that read the database build on these: lib/matching/member-visibility.ts,
// lib/members/blocks.ts, and the weekly build's set-based read (lib/recommendations/load-pairs.ts);
// tests/integration/blocks-reports.int.test.ts proves they agree on every pair.
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
