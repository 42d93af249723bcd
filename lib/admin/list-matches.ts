// GET /api/admin/matches?status= (seed B §4.6): matches newest first, optionally of one status, with
// both members' nicknames and statuses; keyset pages on (createdAt, id) ("Match_status_createdAt_id_idx").
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { zId } from "@/lib/core/ids";
import { adminMatchSelect, toAdminMatch } from "./match-writes";
import { decodeCursor, encodeCursor, ZAdminMatch, ZMatchStatus } from "./schemas";

const blank = (v: unknown) => (v === "" ? undefined : v);
export const ZMatchListQuery = z.object({
  status: z.preprocess(blank, ZMatchStatus.optional()),
  /** only the matches of this member */
  userId: z.preprocess(blank, zId().optional()),
  cursor: z.preprocess(blank, z.string().max(200).optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(100).optional()),
});
export type MatchListQuery = z.infer<typeof ZMatchListQuery>;
export const ZAdminMatchList = z.object({ items: z.array(ZAdminMatch), nextCursor: z.string().nullable() });
export type AdminMatchList = z.infer<typeof ZAdminMatchList>;

export async function listAdminMatches({ input }: { actor: Actor; input: MatchListQuery }): Promise<AdminMatchList> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  if (input.cursor && !after) throw new AppError("VALIDATION_FAILED", "페이지 커서가 올바르지 않습니다.");
  const rows = await prisma.match.findMany({
    where: {
      ...(input.status ? { status: input.status } : {}),
      ...(input.userId ? { OR: [{ userAId: input.userId }, { userBId: input.userId }] } : {}),
      ...(after ? { AND: [{ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: adminMatchSelect,
  });
  const items = rows.slice(0, limit).map(toAdminMatch);
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { items, nextCursor: last ? encodeCursor(last.createdAt, last.id) : null };
}

export const listAdminMatchesOperation = defineOperation({
  method: "GET",
  path: "/api/admin/matches",
  access: "admin",
  tag: "admin",
  summary: "매칭 목록 (상태별, 최신순, 커서 페이지)",
  query: ZMatchListQuery,
  output: ZAdminMatchList,
  run: listAdminMatches,
});
