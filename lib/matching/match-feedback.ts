// Post-match feedback: once a match is (or was) ACTIVE, each participant may say whether they met
// and how it went (1–5, a comment). Private to the admins: the other member never sees it; the
// admin member detail shows it (listFeedbackForUser), and the weekly score may use it as a signal.
// POST /api/matches/{id}/feedback creates (201) or revises (200) the caller's own answer.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notBlockedWith } from "@/lib/core/visibility";
import { ZMatchIdParams } from "./schemas";
import { ZFeedbackRequest, ZFeedbackResponse, type FeedbackDto, type FeedbackRequest } from "./feedback-schemas";

type Row = { matchId: string; met: boolean; rating: number | null; comment: string | null; createdAt: Date; updatedAt: Date };
const select = { matchId: true, met: true, rating: true, comment: true, createdAt: true, updatedAt: true } as const;
const toDto = (f: Row): FeedbackDto => ({ ...f, createdAt: f.createdAt.toISOString(), updatedAt: f.updatedAt.toISOString() });

/** The caller's match, as getMatch sees it (participants only, no block between them), or 404. */
async function ownMatch(me: string, id: string) {
  const m = await prisma.match.findFirst({
    where: { id, OR: [{ userAId: me }, { userBId: me }], userA: notBlockedWith(me), userB: notBlockedWith(me) },
    select: { id: true, activatedAt: true },
  });
  if (!m) throw notFound("매칭");
  return m;
}

/** The caller's own feedback on one of their matches (null when none yet); 404 like getMatch. */
export async function getMyMatchFeedback({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<{ canGive: boolean; feedback: FeedbackDto | null }> {
  const m = await ownMatch(actor.userId, input.id);
  const f = await prisma.matchFeedback.findUnique({ where: { matchId_userId: { matchId: m.id, userId: actor.userId } }, select });
  // the page asks once the two have had time to meet (when the FEEDBACK_REQUEST goes out), or to revise
  const due = m.activatedAt !== null && now.getTime() - m.activatedAt.getTime() >= env.MATCH_FEEDBACK_AFTER_DAYS * 86_400_000;
  return { canGive: due || f !== null, feedback: f ? toDto(f) : null };
}

export async function submitMatchFeedback({ actor, input, now = new Date() }: { actor: Actor; input: FeedbackRequest & { id: string }; now?: Date }) {
  const me = actor.userId;
  const m = await ownMatch(me, input.id);
  if (!m.activatedAt) throw new AppError("CONFLICT", "매칭이 확정된 뒤에 후기를 남길 수 있어요.");
  const data = { met: input.met, rating: input.rating ?? null, comment: input.comment ? input.comment : null };
  return prisma.$transaction(async (tx) => {
    const before = await tx.matchFeedback.findUnique({ where: { matchId_userId: { matchId: m.id, userId: me } }, select: { id: true } });
    const f = await tx.matchFeedback.upsert({ where: { matchId_userId: { matchId: m.id, userId: me } }, create: { matchId: m.id, userId: me, ...data, createdAt: now }, update: data, select });
    // the request is answered: it no longer counts as unread
    await tx.notification.updateMany({ where: { userId: me, kind: "FEEDBACK_REQUEST", dedupeKey: `match:${m.id}`, readAt: null }, data: { readAt: now } });
    return { created: before === null, feedback: toDto(f) };
  });
}

export type UserFeedback = {
  matchId: string;
  /** the other participant of the match */
  otherUserId: string;
  otherNickname: string | null;
  met: boolean;
  rating: number | null;
  comment: string | null;
  createdAt: string;
};

/**
 * ADMIN ONLY (call it from admin pages behind requireAdmin): the feedback `userId` gave on their
 * matches, and what their matches said about meeting them.
 */
export async function listFeedbackForUser(userId: string): Promise<{ given: UserFeedback[]; received: UserFeedback[] }> {
  const rows = await prisma.matchFeedback.findMany({
    where: { match: { OR: [{ userAId: userId }, { userBId: userId }] } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { ...select, userId: true, match: { select: { userAId: true, userBId: true } }, user: { select: { profile: { select: { nickname: true } } } } },
  });
  const ids = [...new Set(rows.map((r) => (r.match.userAId === userId ? r.match.userBId : r.match.userAId)))];
  const nicknames = new Map((await prisma.profile.findMany({ where: { userId: { in: ids } }, select: { userId: true, nickname: true } })).map((p) => [p.userId, p.nickname]));
  const shape = (r: (typeof rows)[number]): UserFeedback => {
    const other = r.match.userAId === userId ? r.match.userBId : r.match.userAId;
    return { matchId: r.matchId, otherUserId: other, otherNickname: nicknames.get(other) ?? null, met: r.met, rating: r.rating, comment: r.comment, createdAt: r.createdAt.toISOString() };
  };
  return { given: rows.filter((r) => r.userId === userId).map(shape), received: rows.filter((r) => r.userId !== userId).map(shape) };
}

export const submitMatchFeedbackOperation = defineOperation({
  method: "POST",
  path: "/api/matches/{id}/feedback",
  access: "member",
  tag: "matching",
  summary: "매칭 후기 (만났는지, 만족도 1~5, 의견): 관리자만 볼 수 있음. 처음 201, 수정 200",
  params: ZMatchIdParams,
  body: ZFeedbackRequest,
  output: ZFeedbackResponse.extend({ created: z.boolean() }),
  status: 201,
  otherStatuses: [200],
  statusOf: (out) => (out.created ? 201 : 200),
  rateLimit: { name: "match-feedback", limit: 20, windowMs: 60 * 60_000, by: "actor" },
  run: submitMatchFeedback,
});
