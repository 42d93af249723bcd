// Match windows: expirePendingMatches closes PENDING matches past expiresAt (CLOSED / EXPIRED),
// moves members left without a PENDING/ACTIVE match from 매칭중 back to 매칭전, leaves everything
// else alone, and is idempotent.
import { describe, expect, it } from "vitest";
import { POST as postLike } from "@/app/api/likes/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { MatchStatus, UserStatus } from "@/lib/generated/prisma/enums";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { canonicalPair } from "@/lib/matching/pair";
import { currentWeek } from "@/lib/core/week";
import { call, tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";

const DAY = 86_400_000;
type Member = Awaited<ReturnType<typeof createMember>>;

const member = (status: UserStatus = "MATCHING") => createMember({ status });

async function match(x: Member, y: Member, status: MatchStatus, expiresAt: Date | null) {
  return prisma.match.create({ data: { ...canonicalPair(x.id, y.id), status, expiresAt } });
}

async function statusOf(m: Member) {
  return (await prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { status: true } })).status;
}

describe("expirePendingMatches", () => {
  it("closes expired pending matches, restores their members, leaves fresh and active ones", async () => {
    const now = new Date();
    const [a, b, c, d, e, f, g, h, i] = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => member()));
    const matched = await member("MATCHED");
    const expired = await match(a, b, "PENDING", new Date(now.getTime() - 1000));
    const fresh = await match(c, d, "PENDING", new Date(now.getTime() + 60 * DAY));
    const eExpired = await match(e, f, "PENDING", new Date(now.getTime() - DAY));
    await match(e, g, "PENDING", new Date(now.getTime() + 60 * DAY)); // e keeps another pending match
    const active = await match(h, i, "ACTIVE", new Date(now.getTime() - DAY)); // paid: never expires
    const matchedExpired = await match(matched, g, "PENDING", new Date(now.getTime() - DAY));

    const result = await expirePendingMatches({ now });
    expect(result).toEqual({ closedMatches: 3, restoredMembers: 3 }); // a, b, f (e and g keep a pending match)

    const closed = await prisma.match.findMany({ where: { id: { in: [expired.id, eExpired.id, matchedExpired.id] } } });
    for (const m of closed) {
      expect(m).toMatchObject({ status: "CLOSED", closedReason: "EXPIRED" });
      expect(m.closedAt?.getTime()).toBe(now.getTime());
    }
    expect((await prisma.match.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("PENDING");
    expect((await prisma.match.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("ACTIVE");

    expect(await statusOf(a)).toBe("ACTIVE");
    expect(await statusOf(b)).toBe("ACTIVE");
    expect(await statusOf(f)).toBe("ACTIVE");
    for (const m of [c, d, e, g, h, i]) expect(await statusOf(m)).toBe("MATCHING");
    expect(await statusOf(matched)).toBe("MATCHED"); // only 매칭중 moves back

    // idempotent: nothing left to close
    expect(await expirePendingMatches({ now })).toEqual({ closedMatches: 0, restoredMembers: 0 });
  });

  it("expires a mutual-like match after MATCH_PENDING_DAYS and keeps matchingCount", async () => {
    const week = currentWeek();
    const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
    await prisma.recommendation.createMany({
      data: [
        { userId: a.id, targetId: b.id, batchWeek: week, rank: 1, score: 1 },
        { userId: b.id, targetId: a.id, batchWeek: week, rank: 1, score: 1 },
      ],
    });
    await call(postLike, "POST", "/api/likes", { token: await tokenFor(a), body: { toUserId: b.id, batchWeek: week } });
    const { json } = await call(postLike, "POST", "/api/likes", { token: await tokenFor(b), body: { toUserId: a.id, batchWeek: week } });
    expect(json.match.status).toBe("PENDING");

    expect(await expirePendingMatches({ now: new Date(Date.now() + (env.MATCH_PENDING_DAYS - 1) * DAY) })).toEqual({ closedMatches: 0, restoredMembers: 0 });
    expect(await expirePendingMatches({ now: new Date(Date.now() + (env.MATCH_PENDING_DAYS + 1) * DAY) })).toEqual({ closedMatches: 1, restoredMembers: 2 });
    const users = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true, matchingCount: true } });
    for (const u of users) expect(u).toEqual({ status: "ACTIVE", matchingCount: 1 });
    expect(await prisma.match.findUniqueOrThrow({ where: { id: json.match.id } })).toMatchObject({ status: "CLOSED", closedReason: "EXPIRED" });
  });

  it("never leaves a member 매칭전 while a match opened concurrently with the expiry is pending", async () => {
    const week = currentWeek();
    for (let round = 0; round < 5; round++) {
      const x = await createMember({ gender: "M", status: "MATCHING" });
      const [y, z] = [await createMember({ gender: "F", status: "MATCHING" }), await createMember({ gender: "F" })];
      await match(x, y, "PENDING", new Date(Date.now() - DAY));
      await prisma.recommendation.create({ data: { userId: x.id, targetId: z.id, batchWeek: week, rank: 1, score: 1 } });
      await prisma.like.create({ data: { fromId: z.id, toId: x.id, batchWeek: week } });
      const [, liked] = await Promise.all([
        expirePendingMatches(),
        call(postLike, "POST", "/api/likes", { token: await tokenFor(x), body: { toUserId: z.id, batchWeek: week } }),
      ]);
      expect(liked.json.match.status).toBe("PENDING");
      expect(await statusOf(x)).toBe("MATCHING");
      expect(await statusOf(z)).toBe("MATCHING");
      expect(await statusOf(y)).toBe("ACTIVE");
    }
  });
});
