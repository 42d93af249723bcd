// Blocks are effective in BOTH directions everywhere (recommendations, likes, matches, profiles):
// helpers the other features reuse instead of re-deriving the rule.
//   blockedUserIds(userId)          → ids the member blocked or was blocked by
//   isBlockedEitherWay(a, b)        → one pair check (likes, match creation, profile view)
//   notBlockedWith(userId)          → Prisma `where` on User: "no block between this user and me"
//   blockExistsSql(a, b)            → SQL `EXISTS (…)` for raw/set-based queries (the weekly build)
import { prisma, type Db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Client = Db | Tx;

export async function blockedUserIds(userId: string, db: Client = prisma): Promise<string[]> {
  const rows = await db.block.findMany({
    where: { OR: [{ blockerId: userId }, { blockedId: userId }] },
    select: { blockerId: true, blockedId: true },
  });
  return [...new Set(rows.map((r) => (r.blockerId === userId ? r.blockedId : r.blockerId)))];
}

export async function isBlockedEitherWay(a: string, b: string, db: Client = prisma): Promise<boolean> {
  const found = await db.block.findFirst({
    where: { OR: [{ blockerId: a, blockedId: b }, { blockerId: b, blockedId: a }] },
    select: { id: true },
  });
  return found !== null;
}

/** Prisma where-clause on the User model: users with no block in either direction with `userId`. */
export function notBlockedWith(userId: string) {
  return {
    blocksMade: { none: { blockedId: userId } },
    blocksReceived: { none: { blockerId: userId } },
  } satisfies Prisma.UserWhereInput;
}

/**
 * `EXISTS (…)` true when a block exists between `a` and `b` in either direction. Each side is SQL:
 * a column (`Prisma.raw('u."id"')`) or a parameter (`Prisma.sql\`${id}::uuid\``). Negate it with
 * `NOT ${blockExistsSql(...)}`. Uses the (blockerId, blockedId) unique index and the blockedId index.
 */
export function blockExistsSql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Block" blk WHERE (blk."blockerId" = ${a} AND blk."blockedId" = ${b}) OR (blk."blockerId" = ${b} AND blk."blockedId" = ${a}))`;
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
