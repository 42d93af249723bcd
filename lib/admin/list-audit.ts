// GET /api/admin/audit: the audit log (every admin write and PII view), newest first, filtered by
// admin, action, target and date range; keyset pages on (createdAt, id).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/core/actor";
import { CURSOR_DESCRIPTION, encodeCursor, zCursor } from "@/lib/core/cursor";
import { defineOperation } from "@/lib/core/operation";
import { zDay } from "@/lib/core/parse";
import { ZAuditItem } from "./get-user-detail";

const blank = (v: unknown) => (v === "" ? undefined : v);
const ZDay = zDay("날짜는 2000년부터 2099년 사이의 YYYY-MM-DD 형식으로 입력해 주세요.");
export const ZAuditQuery = z.object({
  adminId: z.preprocess(blank, z.uuid().optional()),
  action: z.preprocess(blank, z.string().regex(/^[A-Z_]{2,40}$/).optional()),
  targetId: z.preprocess(blank, z.string().max(64).optional()),
  /** inclusive days on Seoul's calendar */
  from: z.preprocess(blank, ZDay.optional()),
  to: z.preprocess(blank, ZDay.optional()),
  cursor: z.preprocess(blank, zCursor().optional()),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;
export const ZAuditList = z.object({ items: z.array(ZAuditItem.extend({ adminName: z.string().nullable() })), nextCursor: z.string().nullable() });

const PAGE = 50;
/** midnight of a Seoul calendar day as an instant */
const seoulMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

export async function listAudit({ input }: { actor: Actor; input: AuditQuery }) {
  const after = input.cursor;
  const createdAt: Prisma.DateTimeFilter = {};
  if (input.from) createdAt.gte = seoulMidnight(input.from);
  if (input.to) createdAt.lt = new Date(seoulMidnight(input.to).getTime() + 86_400_000);
  const rows = await prisma.adminAction.findMany({
    where: {
      ...(input.adminId ? { adminId: input.adminId } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.targetId ? { targetId: input.targetId } : {}),
      ...(input.from || input.to ? { createdAt } : {}),
      ...(after ? { AND: [{ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    include: { admin: { select: { name: true } } },
  });
  const last = rows.length > PAGE ? rows[PAGE - 1] : null;
  return {
    items: rows.slice(0, PAGE).map((a) => ({
      id: a.id, adminId: a.adminId, adminName: a.admin.name, action: a.action, targetType: a.targetType, targetId: a.targetId, detail: a.detail ?? null, createdAt: a.createdAt.toISOString(),
    })),
    nextCursor: last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export const listAuditOperation = defineOperation({
  method: "GET",
  path: "/api/admin/audit",
  access: "admin",
  tag: "admin",
  summary: "감사 로그 (관리자·작업·대상·기간 필터, 최신순)",
  description: CURSOR_DESCRIPTION,
  query: ZAuditQuery,
  output: ZAuditList,
  run: listAudit,
});
