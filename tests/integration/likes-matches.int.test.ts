// POST /api/likes and GET /api/matches[/{id}]: likes only for recommended members (or likes back),
// one PENDING match per pair even under concurrent mutual likes, statuses 매칭전 → 매칭중, and
// matches visible to their participants only.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { canonicalPair } from "@/lib/matching/pair";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { getMatchOperation } from "@/lib/matching/get-match";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { listMatchesOperation } from "@/lib/matching/list-matches";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";

const week = currentWeek();
type Member = Awaited<ReturnType<typeof createMember>>;

async function recommend(user: Member, target: Member, batchWeek = week, rank = 1) {
  return prisma.recommendation.create({ data: { userId: user.id, targetId: target.id, batchWeek, rank, score: 0.5 } });
}

async function like(from: Member, to: { id: string }, batchWeek = week) {
  return callOp(likeMemberOperation, { as: from, body: { toUserId: to.id, batchWeek } });
}

async function couple() {
  const a = await createMember({ gender: "M" });
  const b = await createMember({ gender: "F" });
  return [a, b] as const;
}

async function pairMatches(x: Member, y: Member) {
  return prisma.match.findMany({ where: canonicalPair(x.id, y.id) });
}

const users = (ids: string[]) => prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, matchingCount: true } });

describe("POST /api/likes – who may be liked", () => {
  it("refuses a member who was not recommended to the caller with 404 and writes nothing", async () => {
    const [a, b] = await couple();
    const res = await like(a, b);
    expect(res.status).toBe(404);
    expect(res.error?.code).toBe("NOT_FOUND");
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);
  });

  it("refuses a like filed under a week the member was not recommended in (404), accepts the right week", async () => {
    const [a, b] = await couple();
    await recommend(a, b, week);
    const wrong = await like(a, b, addWeeks(week, -1));
    expect(wrong.status).toBe(404);
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);

    const ok = await like(a, b, week);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true, liked: true, match: null });
    const row = await prisma.like.findUniqueOrThrow({ where: { fromId_toId: { fromId: a.id, toId: b.id } } });
    expect(row.batchWeek).toBe(week);
    const rec = await prisma.recommendation.findFirstOrThrow({ where: { userId: a.id, targetId: b.id } });
    expect(rec.respondedAt).toBeInstanceOf(Date);
  });

  it("allows liking back a member who liked the caller (받은 좋아요) and opens one PENDING match", async () => {
    const [a, b] = await couple();
    await recommend(b, a);
    expect((await like(b, a)).body.match).toBeNull();

    const before = Date.now();
    const res = await like(a, b); // a was never recommended b
    expect(res.status).toBe(200);
    expect(res.body.match).toMatchObject({ id: expect.any(String), status: "PENDING" });

    const [match] = await pairMatches(a, b);
    expect(match).toMatchObject({ id: res.body.match!.id, status: "PENDING", source: "MUTUAL_LIKE", ...canonicalPair(a.id, b.id) });
    const expected = before + env.MATCH_PENDING_DAYS * 86_400_000;
    expect(Math.abs(match.expiresAt!.getTime() - expected)).toBeLessThan(60_000);
    // 매칭전 → 매칭중 for both, counted once
    for (const u of await users([a.id, b.id])) expect(u).toMatchObject({ status: "MATCHING", matchingCount: 1 });
  });

  it("refuses a self-like with 422", async () => {
    const [a] = await couple();
    await recommend(a, a);
    const res = await like(a, a);
    expect(res.status).toBe(422);
    expect(res.error).toMatchObject({ code: "VALIDATION_FAILED", fields: { toUserId: expect.any(Array) } });
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);
  });

  it("refuses a member blocked in either direction with 404", async () => {
    const [a, b] = await couple();
    const [c, d] = await couple();
    await recommend(a, b);
    await recommend(c, d);
    await prisma.block.create({ data: { blockerId: a.id, blockedId: b.id } }); // caller blocked them
    await prisma.block.create({ data: { blockerId: d.id, blockedId: c.id } }); // they blocked the caller
    expect((await like(a, b)).status).toBe(404);
    expect((await like(c, d)).status).toBe(404);
    expect(await prisma.like.count({ where: { fromId: { in: [a.id, c.id] } } })).toBe(0);
  });

  it("refuses banned, withdrawn and unknown members with 404", async () => {
    const a = await createMember({ gender: "M" });
    const banned = await createMember({ gender: "F", status: "BANNED" });
    const withdrawn = await createMember({ gender: "F", status: "WITHDRAWN" });
    await recommend(a, banned);
    await recommend(a, withdrawn);
    expect((await like(a, banned)).status).toBe(404);
    expect((await like(a, withdrawn)).status).toBe(404);
    expect((await like(a, { id: "7f1e0c6a-1234-4abc-8def-0123456789ab" })).status).toBe(404);
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);
  });

  it("answers bad input with 422 and the error shape, writing nothing", async () => {
    const [a, b] = await couple();
    await recommend(a, b);
    const cases = [
      { body: { toUserId: "not-a-uuid", batchWeek: week }, field: "toUserId" },
      { body: { toUserId: b.id, batchWeek: "2026-47" }, field: "batchWeek" },
      { body: { toUserId: b.id, batchWeek: "2025-W53" }, field: "batchWeek" }, // 2025 has 52 ISO weeks
      { body: { toUserId: b.id }, field: "batchWeek" },
    ];
    for (const c of cases) {
      const res = await callOp(likeMemberOperation, { as: a, body: c.body });
      expect(res.status).toBe(422);
      expect(res.error?.code).toBe("VALIDATION_FAILED");
      expect(res.error?.fields?.[c.field]).toBeDefined();
    }
    const raw = await callOp(likeMemberOperation, { as: a, rawBody: "{oops", headers: { "content-type": "application/json" } });
    expect(raw.status).toBe(422);
    expect((await callOp(likeMemberOperation, { body: { toUserId: b.id, batchWeek: week } })).status).toBe(401);
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);
  });
});

describe("POST /api/likes – matches", () => {
  it("is idempotent: liking twice answers the same and writes one row; after a match, the same match", async () => {
    const [a, b] = await couple();
    await recommend(a, b);
    await recommend(b, a);
    const first = await like(a, b);
    const second = await like(a, b);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await prisma.like.count({ where: { fromId: a.id, toId: b.id } })).toBe(1);

    const mutual = await like(b, a);
    expect(mutual.body.match!.status).toBe("PENDING");
    const again = [await like(a, b), await like(b, a)];
    for (const r of again) expect(r.body).toEqual({ ok: true, liked: true, match: mutual.body.match });
    expect(await pairMatches(a, b)).toHaveLength(1);
    for (const u of await users([a.id, b.id])) expect(u.matchingCount).toBe(1);
  });

  it("answers 409 when the pair already has a match the caller did not like into (e.g. an admin match)", async () => {
    const [a, b] = await couple();
    await recommend(a, b);
    await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), source: "ADMIN", status: "PENDING" } });
    const res = await like(a, b);
    expect(res.status).toBe(409);
    expect(res.error?.code).toBe("CONFLICT");
    expect(await prisma.like.count({ where: { fromId: a.id } })).toBe(0);
  });

  it("creates exactly one match under concurrent mutual likes (10 fresh pairs)", async () => {
    for (let i = 0; i < 10; i++) {
      const [a, b] = await couple();
      await recommend(a, b);
      await recommend(b, a);
      const [ta, tb] = await Promise.all([tokenFor(a), tokenFor(b)]);
      const results = await Promise.all([
        callOp(likeMemberOperation, { as: { token: ta }, body: { toUserId: b.id, batchWeek: week } }),
        callOp(likeMemberOperation, { as: { token: tb }, body: { toUserId: a.id, batchWeek: week } }),
      ]);
      for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(200);
      const matches = await pairMatches(a, b);
      expect(matches).toHaveLength(1);
      // the like that committed second saw the first and opened the match; it reports that match
      const reported = results.map((r) => r.body.match).filter(Boolean);
      expect(reported.length).toBeGreaterThanOrEqual(1);
      for (const m of reported) expect(m!.id).toBe(matches[0].id);
      for (const u of await users([a.id, b.id])) expect(u).toMatchObject({ status: "MATCHING", matchingCount: 1 });
    }
  });

  it("keeps counts exact (and never deadlocks) when one member's matches open concurrently with several people", async () => {
    for (let round = 0; round < 3; round++) {
      const hub = await createMember({ gender: "F" });
      const others = await Promise.all(Array.from({ length: 6 }, () => createMember({ gender: "M" })));
      for (const o of others) {
        await recommend(hub, o);
        await recommend(o, hub);
      }
      const results = await Promise.all(others.flatMap((o) => [like(hub, o), like(o, hub)]));
      for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(200);
      const matches = await prisma.match.findMany({ where: { OR: [{ userAId: hub.id }, { userBId: hub.id }] } });
      expect(matches).toHaveLength(6);
      const [h] = await users([hub.id]);
      expect(h).toMatchObject({ status: "MATCHING", matchingCount: 6 });
      for (const u of await users(others.map((o) => o.id))) expect(u).toMatchObject({ status: "MATCHING", matchingCount: 1 });
    }
  });

  it("orders a pair in JS exactly as Postgres orders uuids", async () => {
    const ids = (await Promise.all(Array.from({ length: 40 }, () => createMember()))).map((m) => m.id);
    const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "User" WHERE id = ANY(${ids}::uuid[]) ORDER BY id`;
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
  });
});

describe("GET /api/matches and /api/matches/{id}", () => {
  it("shows a match to both participants with the other's public profile, and 404 to anyone else", async () => {
    const [a, b] = await couple();
    const third = await createMember();
    await recommend(a, b);
    await like(a, b);
    await recommend(b, a);
    const { body } = await like(b, a);
    const matchId = body.match!.id;

    for (const [me, other] of [[a, b], [b, a]] as const) {
      const list = await callOp(listMatchesOperation, { as: me });
      expect(list.status).toBe(200);
      expect(list.body.matches).toHaveLength(1);
      expect(list.body.matches[0]).toMatchObject({ id: matchId, status: "PENDING", otherProfile: { userId: other.id } });

      const detail = await callOp(getMatchOperation, { as: me, params: { id: matchId } });
      expect(detail.status).toBe(200);
      expect(detail.body.match).toMatchObject({ id: matchId, status: "PENDING", expiresAt: expect.any(String) });
      expect(Object.keys(detail.body.otherProfile!).sort()).toEqual(
        ["age", "badges", "children", "drinking", "education", "gender", "height", "identityVerified", "incomeBand", "intro", "job", "jobCategory", "keywords", "maritalHistory", "marriageTiming", "nickname", "photoUrls", "region", "religion", "smoking", "userId"],
      );
      expect(JSON.stringify(detail.body)).not.toMatch(/phone|realName|birthDate|kakaoId/);
    }

    const stranger = await callOp(getMatchOperation, { as: third, params: { id: matchId } });
    expect(stranger.status).toBe(404);
    expect(stranger.error?.code).toBe("NOT_FOUND");
    expect((await callOp(listMatchesOperation, { as: third })).body.matches).toEqual([]);
    const badId = await callOp(getMatchOperation, { as: a, params: { id: "abc" } });
    expect(badId.status).toBe(404);
    const unknown = "0b8f1e56-7a33-4c1e-9d2f-5a6b7c8d9e0f";
    expect((await callOp(getMatchOperation, { as: a, params: { id: unknown } })).status).toBe(404);
  });

  it("lists matches newest first", async () => {
    const me = await createMember({ gender: "F" });
    const [x, y] = [await createMember({ gender: "M" }), await createMember({ gender: "M" })];
    const older = await prisma.match.create({ data: { ...canonicalPair(me.id, x.id), createdAt: new Date(Date.now() - 86_400_000) } });
    const newer = await prisma.match.create({ data: { ...canonicalPair(me.id, y.id) } });
    const list = await callOp(listMatchesOperation, { as: me });
    expect(list.body.matches.map((m: { id: string }) => m.id)).toEqual([newer.id, older.id]);
  });
});
