// Report queue (seed B: 신고): GET /api/admin/reports?handled= lists reports newest first (keyset pages
// on the "Report_handled_createdAt_idx" order) and POST /api/admin/reports/{id}/resolve handles one
// with a resolution — DISMISS, WARN or BAN (the reported member is banned through the same applyBan
// as POST /api/admin/users/{id}/ban, in the same transaction, recorded as ONE audit row).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { applyBan } from "./ban-member";
import { decodeCursor, encodeCursor, ZIdParams, ZResolveBody, ZUserStatus } from "./schemas";

const blank = (v: unknown) => (v === "" ? undefined : v);
export const ZReportListQuery = z.object({
  handled: z.preprocess(blank, z.enum(["true", "false"]).transform((v) => v === "true").optional()),
  cursor: z.preprocess(blank, z.string().max(200).optional()),
});
const ZPerson = z.object({ id: z.string(), nickname: z.string().nullable(), status: ZUserStatus });
export const ZAdminReport = z.object({
  id: z.string(),
  reporter: ZPerson,
  reported: ZPerson.extend({ reportsReceived: z.number().int() }),
  reason: z.string(),
  detail: z.string().nullable(),
  handled: z.boolean(),
  handledAt: z.string().nullable(),
  handledById: z.string().nullable(),
  resolution: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminReport = z.infer<typeof ZAdminReport>;
export const ZReportList = z.object({ items: z.array(ZAdminReport), nextCursor: z.string().nullable() });

const PAGE = 50;
const personSelect = { select: { id: true, name: true, status: true, profile: { select: { nickname: true } } } } as const;
const reportSelect = { id: true, reason: true, detail: true, handled: true, handledAt: true, handledById: true, resolution: true, createdAt: true, reporter: personSelect, reported: personSelect } as const;
type Person = { id: string; name: string | null; status: AdminReport["reporter"]["status"]; profile: { nickname: string } | null };
const person = (p: Person) => ({ id: p.id, nickname: p.profile?.nickname ?? p.name, status: p.status });

async function toDtos(rows: { id: string; reason: string; detail: string | null; handled: boolean; handledAt: Date | null; handledById: string | null; resolution: string | null; createdAt: Date; reporter: Person; reported: Person }[]): Promise<AdminReport[]> {
  const reportedIds = [...new Set(rows.map((r) => r.reported.id))];
  const counts = reportedIds.length ? await prisma.report.groupBy({ by: ["reportedId"], where: { reportedId: { in: reportedIds } }, _count: { _all: true } }) : [];
  const countOf = new Map(counts.map((c) => [c.reportedId, c._count._all]));
  return rows.map((r) => ({
    id: r.id, reason: r.reason, detail: r.detail, handled: r.handled, handledAt: r.handledAt?.toISOString() ?? null, handledById: r.handledById, resolution: r.resolution,
    createdAt: r.createdAt.toISOString(), reporter: person(r.reporter), reported: { ...person(r.reported), reportsReceived: countOf.get(r.reported.id) ?? 0 },
  }));
}

export async function listReports({ input }: { actor: Actor; input: z.infer<typeof ZReportListQuery> }) {
  const after = decodeCursor(input.cursor);
  if (input.cursor && !after) throw new AppError("VALIDATION_FAILED", "페이지 커서가 올바르지 않습니다.");
  const rows = await prisma.report.findMany({
    where: {
      ...(input.handled !== undefined ? { handled: input.handled } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: reportSelect,
  });
  const last = rows.length > PAGE ? rows[PAGE - 1] : null;
  return { items: await toDtos(rows.slice(0, PAGE)), nextCursor: last ? encodeCursor(last.createdAt, last.id) : null };
}

export async function resolveReport({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; resolution: "DISMISS" | "WARN" | "BAN"; note?: string }; now?: Date }): Promise<AdminReport> {
  await prisma.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.id }, select: { handled: true, reportedId: true, reported: { select: { status: true } } } });
    if (!report) throw notFound("신고");
    // conditional update: two admins resolving at once → exactly one wins, the other gets 409
    const { count } = await tx.report.updateMany({ where: { id: input.id, handled: false }, data: { handled: true, handledAt: now, handledById: actor.userId, resolution: input.resolution } });
    if (count !== 1) throw new AppError("CONFLICT", "이미 처리된 신고입니다.");
    const ban = input.resolution === "BAN" && report.reported.status !== "BANNED"
      ? await applyBan(tx, report.reportedId, input.note ? `신고 처리: ${input.note}` : "신고 처리에 따른 이용정지", now)
      : null;
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "REPORT_RESOLVED",
      targetType: "Report",
      targetId: input.id,
      detail: { before: { handled: false }, after: { handled: true, resolution: input.resolution }, note: input.note ?? null, reportedId: report.reportedId, ban },
    });
  });
  const row = await prisma.report.findUniqueOrThrow({ where: { id: input.id }, select: reportSelect });
  return (await toDtos([row]))[0];
}

export const listReportsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/reports",
  access: "admin",
  tag: "admin",
  summary: "신고 목록 (처리 여부별, 최신순)",
  query: ZReportListQuery,
  output: ZReportList,
  run: listReports,
});

export const resolveReportOperation = defineOperation({
  method: "POST",
  path: "/api/admin/reports/{id}/resolve",
  access: "admin",
  tag: "admin",
  summary: "신고 처리 (DISMISS 기각 · WARN 경고 · BAN 이용정지)",
  params: ZIdParams,
  body: ZResolveBody,
  output: ZAdminReport,
  run: resolveReport,
});
