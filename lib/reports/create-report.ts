// POST /api/reports use case: report a member with a reason category; the report and a block of the
// reported member are written in one transaction (reporting also blocks).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { assertBlockable } from "@/lib/members/block-member";
import { upsertBlock } from "@/lib/members/blocks";
import { z } from "zod";
import { ZReportDto, ZReportRequest, type ReportDto, type ReportInput } from "./schemas";

export async function createReport({ actor, input }: { actor: Actor; input: ReportInput }): Promise<ReportDto> {
  const { userId, reason, detail } = input;
  await assertBlockable(actor, userId);
  // one open report per reporter and member: repeated reports would inflate the report penalty
  const open = await prisma.report.findFirst({ where: { reporterId: actor.userId, reportedId: userId, handled: false }, select: { id: true } });
  if (open) throw new AppError("CONFLICT", "이미 신고한 회원이에요. 운영팀이 확인하고 있어요.");

  return prisma.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: { reporterId: actor.userId, reportedId: userId, reason, detail: detail ?? null },
      select: { id: true, reportedId: true, reason: true, createdAt: true },
    });
    const block = await upsertBlock(tx, actor.userId, userId);
    return { id: report.id, userId: report.reportedId, reason: report.reason, createdAt: report.createdAt.toISOString(), blockId: block.id };
  });
}

export const createReportOperation = defineOperation({
  method: "POST",
  path: "/api/reports",
  access: "member",
  tag: "safety",
  summary: "회원 신고 (신고하면 차단도 됩니다)",
  body: ZReportRequest,
  output: z.object({ report: ZReportDto }),
  status: 201,
  rateLimit: { name: "reports", limit: 10, windowMs: 10 * 60_000, by: "actor" },
  run: async (ctx) => ({ report: await createReport(ctx) }),
});
