// Blocks are effective in BOTH directions everywhere (recommendations, likes, matches, profiles):
// helpers the other features reuse instead of re-deriving the rule.
//   isBlockedEitherWay(a, b)        → one pair check (likes, match creation, profile view)
//   notBlockedWith(userId)          → Prisma `where` on User (lib/core/visibility.ts, shared by all domains)
// The weekly build reads blocks set-based (lib/recommendations/load-pairs.ts); a test in
// tests/integration/blocks-reports.int.test.ts proves the three agree on every pair.
import { prisma, type Db, type Tx } from "@/lib/db";

type Client = Db | Tx;

export async function isBlockedEitherWay(a: string, b: string, db: Client = prisma): Promise<boolean> {
  const found = await db.block.findFirst({
    where: { OR: [{ blockerId: a, blockedId: b }, { blockerId: b, blockedId: a }] },
    select: { id: true },
  });
  return found !== null;
}

/** Creates the block if it does not exist yet (idempotent); `created` tells the two apart. */
export async function upsertBlock(db: Client, blockerId: string, blockedId: string) {
  const existing = await db.block.findUnique({ where: { blockerId_blockedId: { blockerId, blockedId } }, select: { id: true, createdAt: true } });
  if (existing) return { ...existing, created: false };
  // a concurrent identical request lands on the unique key: the upsert turns it into a no-op
  const row = await db.block.upsert({
    where: { blockerId_blockedId: { blockerId, blockedId } },
    update: {},
    create: { blockerId, blockedId },
    select: { id: true, createdAt: true },
  });
  return { ...row, created: true };
}
