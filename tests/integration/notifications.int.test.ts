// The notification centre: rows written by the transaction of their cause (a like,
// a match, an expiry; roll back → none), the set-based weekly notice, the match jobs (idempotent),
// GET /api/notifications (own rows only, paged, unread count = the badge) and
// POST /api/notifications/read, and the outbox delivery to external channels.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { canonicalPair } from "@/lib/matching/pair";
import type { NotificationChannel } from "@/lib/notifications/channels";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read";
import { notifyExpiringMatches, requestMatchFeedback } from "@/lib/notifications/match-notices";
import { notify } from "@/lib/notifications/notify";
import { notifyWeeklyRecommendations } from "@/lib/notifications/weekly-notice";
import { currentWeek } from "@/lib/core/week";
import { nextSeoulHour, seoulHour } from "@/lib/core/seoul-time";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const week = currentWeek();
const DAY = 86_400_000;
type Member = Awaited<ReturnType<typeof createMember>>;
const kinds = async (u: Member) => (await prisma.notification.findMany({ where: { userId: u.id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
const list = (u: Member, query: Record<string, string | number> = {}) => callOp(listNotificationsOperation, { as: u, query });
const recommend = (u: Member, t: Member) => prisma.recommendation.create({ data: { userId: u.id, targetId: t.id, batchWeek: week, rank: 1, score: 0.5 } });
const like = (from: Member, to: Member) => callOp(likeMemberOperation, { as: from, body: { toUserId: to.id, batchWeek: week } });

describe("written by the transaction of their cause", () => {
  it("a like notifies the liked member (only); a mutual like notifies both of the match, once", async () => {
    const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
    await recommend(a, b);
    expect((await like(a, b)).status).toBe(200);
    expect(await kinds(b)).toEqual(["LIKE_RECEIVED"]);
    expect(await kinds(a)).toEqual([]);
    await like(a, b); // repeated like: no second notice
    expect(await kinds(b)).toEqual(["LIKE_RECEIVED"]);

    const res = await like(b, a);
    const matchId = res.body.match!.id;
    expect(await kinds(a)).toEqual(["MATCH_CREATED"]);
    expect(await kinds(b)).toEqual(["LIKE_RECEIVED", "MATCH_CREATED"]);
    const created = await prisma.notification.findFirstOrThrow({ where: { userId: a.id, kind: "MATCH_CREATED" } });
    expect(created.payload).toEqual({ matchId });
  });

  it("a rolled-back transaction leaves no notification", async () => {
    const a = await createMember();
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, [{ userId: a.id, kind: "LIKE_RECEIVED" }]);
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await prisma.notification.count({ where: { userId: a.id } })).toBe(0);
  });

  it("expiring a pending match notifies both members of the closed match, once", async () => {
    const [a, b] = [await createMember(), await createMember()];
    const m = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() - 1000) } });
    const out = await expirePendingMatches();
    expect(out.closedMatches).toBeGreaterThanOrEqual(1);
    for (const u of [a, b]) {
      const rows = await prisma.notification.findMany({ where: { userId: u.id } });
      expect(rows).toMatchObject([{ kind: "MATCH_CLOSED", payload: { matchId: m.id, reason: "EXPIRED" } }]);
    }
    await expirePendingMatches();
    expect(await prisma.notification.count({ where: { userId: a.id } })).toBe(1);
  });
});

describe("jobs", () => {
  it("notifyExpiringMatches: members of a pending match closing soon, except a member who paid; idempotent", async () => {
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createMember()));
    const now = new Date();
    const soon = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(now.getTime() + 3 * 3_600_000) } });
    await prisma.match.create({ data: { ...canonicalPair(c.id, d.id), status: "PENDING", expiresAt: new Date(now.getTime() + 5 * DAY) } });
    await prisma.payment.create({ data: { userId: b.id, matchId: soon.id, purpose: "MATCH_FEE", method: "TRANSFER", amount: 1000, status: "PAID", orderId: `o-${soon.id}`, orderName: "매칭" } });
    expect(await notifyExpiringMatches({ now, hours: 24 })).toEqual({ notified: 1 });
    expect(await kinds(a)).toEqual(["MATCH_EXPIRING"]);
    expect(await kinds(b)).toEqual([]);
    expect(await kinds(c)).toEqual([]);
    expect(await notifyExpiringMatches({ now, hours: 24 })).toEqual({ notified: 0 });
  });

  it("requestMatchFeedback: both members of a match active for N days, once, not those who already answered", async () => {
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createMember()));
    const now = new Date();
    const due = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "ACTIVE", activatedAt: new Date(now.getTime() - 15 * DAY) } });
    await prisma.match.create({ data: { ...canonicalPair(c.id, d.id), status: "ACTIVE", activatedAt: new Date(now.getTime() - 3 * DAY) } });
    await prisma.matchFeedback.create({ data: { matchId: due.id, userId: b.id, met: true } });
    expect(await requestMatchFeedback({ now, afterDays: 14 })).toEqual({ requested: 1 });
    expect(await prisma.notification.findMany({ where: { userId: a.id } })).toMatchObject([{ kind: "FEEDBACK_REQUEST", payload: { matchId: due.id } }]);
    expect(await kinds(b)).toEqual([]);
    expect(await kinds(c)).toEqual([]);
    expect(await requestMatchFeedback({ now, afterDays: 14 })).toEqual({ requested: 0 });
  });

  it("notifyWeeklyRecommendations: one set-based insert for every member with a list this week, idempotent", async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createMember()));
    await recommend(a, b);
    await recommend(b, a);
    const first = await notifyWeeklyRecommendations(week);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await kinds(a)).toEqual(["WEEKLY_RECOMMENDATIONS"]);
    expect(await kinds(c)).toEqual([]);
    expect(await notifyWeeklyRecommendations(week)).toBe(0);
  });

  it("deliverNotifications hands each committed row once to the active channels, ids and kinds only", async () => {
    const a = await createMember();
    await notify(prisma, [{ userId: a.id, kind: "MATCH_ACTIVATED", payload: { matchId: "00000000-0000-4000-8000-000000000001" } }]);
    const sent: { id: string; kind: string; href: string }[] = [];
    const channel: NotificationChannel = {
      name: "test",
      channel: "LOG",
      send: async (n) => {
        sent.push({ id: n.id, kind: n.kind, href: n.rendered.href });
        return { status: "sent", providerMessageId: null };
      },
    };
    // daytime in Seoul: quiet hours would hold MATCH_ACTIVATED until 08:00
    const now = seoulHour(new Date()) >= 8 && seoulHour(new Date()) < 20 ? new Date() : nextSeoulHour(new Date(), 12);
    const out = await deliverNotifications({ channels: [channel], now });
    expect(out.claimed).toBeGreaterThanOrEqual(1);
    expect(sent).toContainEqual(expect.objectContaining({ kind: "MATCH_ACTIVATED", href: "/matches/00000000-0000-4000-8000-000000000001" }));
    expect((await deliverNotifications({ channels: [channel], now })).claimed).toBe(0);
    expect(await deliverNotifications({ channels: [] })).toMatchObject({ claimed: 0, channels: 0 });
  });
});

describe("GET /api/notifications and POST /api/notifications/read", () => {
  it("lists only the caller's notifications, newest first, with Korean texts, links and the unread count", async () => {
    const [me, other] = [await createMember(), await createMember()];
    const base = Date.now() - 60_000;
    await prisma.notification.createMany({
      data: [
        { userId: me.id, kind: "LIKE_RECEIVED", createdAt: new Date(base) },
        { userId: me.id, kind: "MATCH_CREATED", payload: { matchId: "00000000-0000-4000-8000-00000000000a" }, createdAt: new Date(base + 1000) },
        { userId: me.id, kind: "WEEKLY_RECOMMENDATIONS", createdAt: new Date(base + 2000), readAt: new Date() },
        { userId: other.id, kind: "LIKE_RECEIVED", createdAt: new Date(base + 3000) },
      ],
    });
    const res = await list(me);
    expect(res.status).toBe(200);
    expect(res.body.unreadCount).toBe(2);
    expect(res.body.items.map((n: { kind: string }) => n.kind)).toEqual(["WEEKLY_RECOMMENDATIONS", "MATCH_CREATED", "LIKE_RECEIVED"]);
    expect(res.body.items[1]).toMatchObject({ title: "매칭이 성사되었어요!", href: "/matches/00000000-0000-4000-8000-00000000000a", readAt: null });
    expect(res.body.items[2].href).toBe("/recommendations#received-heading");
    expect(res.body.nextCursor).toBeNull();

    // pages by cursor
    const p1 = await list(me, { limit: 2 });
    expect(p1.body.items).toHaveLength(2);
    const p2 = await list(me, { limit: 2, cursor: p1.body.nextCursor! });
    expect(p2.body.items.map((n: { kind: string }) => n.kind)).toEqual(["LIKE_RECEIVED"]);
    expect(p2.body.nextCursor).toBeNull();
    expect((await list(me, { cursor: "nonsense" })).status).toBe(422);
    expect((await callOp(listNotificationsOperation)).status).toBe(401);
  });

  it("marks own notifications read by id (others' ids match nothing) or all; the badge count follows", async () => {
    const [me, other] = [await createMember(), await createMember()];
    await notify(prisma, [
      { userId: me.id, kind: "LIKE_RECEIVED" },
      { userId: me.id, kind: "MATCH_CLOSED" },
      { userId: other.id, kind: "LIKE_RECEIVED" },
    ]);
    const mine = await prisma.notification.findMany({ where: { userId: me.id } });
    const theirs = await prisma.notification.findFirstOrThrow({ where: { userId: other.id } });

    const foreign = await callOp(markNotificationsReadOperation, { as: me, body: { ids: [theirs.id] } });
    expect(foreign.body).toEqual({ updated: 0, unreadCount: 2 });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    const one = await callOp(markNotificationsReadOperation, { as: me, body: { ids: [mine[0].id] } });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ updated: 1, unreadCount: 1 });
    expect((await list(me)).body.unreadCount).toBe(1);

    const all = await callOp(markNotificationsReadOperation, { as: me, body: { all: true } });
    expect(all.body).toEqual({ updated: 1, unreadCount: 0 });
    expect((await callOp(markNotificationsReadOperation, { as: me, body: { all: false } })).status).toBe(422);
    expect((await callOp(markNotificationsReadOperation, { as: me, body: { ids: [] } })).status).toBe(422);
    expect((await callOp(markNotificationsReadOperation, { as: me, body: { ids: [theirs.id], all: true } })).status).toBe(422);
  });
});
