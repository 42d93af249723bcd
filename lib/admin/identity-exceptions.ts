// The admin identity-exceptions queue (docs/identity.md): refused 본인인증 attempts (same person
// already a member, banned person, under 19, phone held by another account, failed), oldest first.
// An operator upholds the refusal (the member may not try again) or allows another attempt; the
// decision, its audit row and the member's notification commit together. No personal data here:
// nicknames, statuses and the reason only (the member's details stay behind the audited PII reveal).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { notify } from "@/lib/notifications/notify";
import { countOpenIdentityExceptions } from "@/lib/identity/exceptions";
import { ZIdParams } from "./schemas";

const REASONS = ["DUPLICATE_CI", "BANNED", "UNDER_AGE", "PHONE_IN_USE", "FAILED"] as const;
const ZMemberRef = z.object({ id: z.string(), nickname: z.string().nullable(), status: z.string() });
export const ZIdentityExceptionItem = z.object({
  id: z.string(),
  reason: z.enum(REASONS),
  detail: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  lastAttemptAt: z.string(),
  member: ZMemberRef,
  /** the account the attempt collided with (same CI or phone), if any */
  related: ZMemberRef.nullable(),
});
export type IdentityExceptionItem = z.infer<typeof ZIdentityExceptionItem>;
export const ZIdentityExceptionQueue = z.object({ items: z.array(ZIdentityExceptionItem), open: z.number().int() });
export type IdentityExceptionQueue = z.infer<typeof ZIdentityExceptionQueue>;

const memberSelect = { id: true, name: true, status: true, profile: { select: { nickname: true } } } as const;
const ref = (u: { id: string; name: string | null; status: string; profile: { nickname: string } | null }) => ({ id: u.id, nickname: u.profile?.nickname ?? u.name, status: u.status });

export async function listIdentityExceptions(): Promise<IdentityExceptionQueue> {
  const [open, rows] = await Promise.all([
    countOpenIdentityExceptions(),
    prisma.identityException.findMany({
      where: { status: "OPEN" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, reason: true, detail: true, attempts: true, createdAt: true, lastAttemptAt: true, relatedUserId: true, user: { select: memberSelect } },
    }),
  ]);
  const relatedIds = [...new Set(rows.flatMap((r) => (r.relatedUserId ? [r.relatedUserId] : [])))];
  const related = new Map((await prisma.user.findMany({ where: { id: { in: relatedIds } }, select: memberSelect })).map((u) => [u.id, ref(u)]));
  const items = rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    detail: r.detail,
    attempts: r.attempts,
    createdAt: r.createdAt.toISOString(),
    lastAttemptAt: r.lastAttemptAt.toISOString(),
    member: ref(r.user),
    related: (r.relatedUserId && related.get(r.relatedUserId)) || null,
  }));
  return { items, open };
}

export const listIdentityExceptionsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/identity-exceptions",
  access: "admin",
  tag: "admin",
  summary: "본인인증 예외 대기열 (중복·이용정지·만 19세 미만·번호 중복·실패, 오래된 순)",
  output: ZIdentityExceptionQueue,
  run: listIdentityExceptions,
});

export const ZDecideIdentityExceptionBody = z.object({
  decision: z.enum(["UPHOLD", "ALLOW_RETRY"], { error: "거절 유지 또는 재인증 허용을 골라 주세요." }),
});
export const ZDecideIdentityExceptionResult = z.object({ id: z.string(), status: z.enum(["UPHELD", "RETRY_ALLOWED"]) });

export async function decideIdentityException({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; decision: "UPHOLD" | "ALLOW_RETRY" }; now?: Date }) {
  const row = await prisma.identityException.findUnique({ where: { id: input.id }, select: { id: true, userId: true, reason: true, status: true } });
  if (!row) throw notFound("본인인증 예외");
  const status = input.decision === "UPHOLD" ? ("UPHELD" as const) : ("RETRY_ALLOWED" as const);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.identityException.updateMany({ where: { id: row.id, status: "OPEN" }, data: { status, decidedAt: now, decidedById: actor.userId } });
    if (count !== 1) throw new AppError("CONFLICT", "이미 처리된 예외입니다. 대기열을 새로 불러옵니다.");
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: status === "UPHELD" ? "IDENTITY_EXCEPTION_UPHELD" : "IDENTITY_RETRY_ALLOWED",
      targetType: "User",
      targetId: row.userId,
      detail: { exceptionId: row.id, reason: row.reason, before: "OPEN", after: status },
    });
    await notify(tx, [{ userId: row.userId, kind: "IDENTITY_REVIEWED", payload: { decision: status }, dedupeKey: `identity-exception:${row.id}` }]);
  });
  return { id: row.id, status };
}

export const decideIdentityExceptionOperation = defineOperation({
  method: "POST",
  path: "/api/admin/identity-exceptions/{id}/decision",
  access: "admin",
  tag: "admin",
  summary: "본인인증 예외 처리 (거절 유지 또는 재인증 허용), 감사 기록과 회원 알림",
  params: ZIdParams,
  body: ZDecideIdentityExceptionBody,
  output: ZDecideIdentityExceptionResult,
  run: decideIdentityException,
});
