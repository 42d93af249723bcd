// Blocks (POST/GET /api/blocks, DELETE /api/blocks/{id}) and reports (POST /api/reports): idempotent
// blocks effective both ways, only the blocker's own block can be removed (else 404), reporting
// writes the report AND a block in one transaction, and bad input writes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { notBlockedWith } from "@/lib/core/visibility";
import { isBlockedEitherWay } from "@/lib/members/blocks";
import { visibleToSql, visibleToWhere } from "@/lib/matching/member-visibility";
import { loadPairs, PAIR_BLOCK_OR_MATCH } from "@/lib/recommendations/load-pairs";
import { blockMemberOperation } from "@/lib/members/block-member";
import { listBlocksOperation } from "@/lib/members/list-blocks";
import { unblockMemberOperation } from "@/lib/members/unblock-member";
import { createReportOperation } from "@/lib/reports/create-report";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { tableCounts } from "../helpers/member-state";

async function member() {
  const user = await createMember();
  return { ...user, token: await tokenFor(user) };
}

describe("blocks", () => {
  it("blocks a member idempotently (201 then 200) and lists only my own blocks", async () => {
    const [me, them, third] = [await member(), await member(), await member()];
    const first = await callOp(blockMemberOperation, { as: me, body: { userId: them.id } });
    expect(first.status).toBe(201);
    expect(first.body.block).toMatchObject({ userId: them.id, nickname: expect.any(String) });
    const again = await callOp(blockMemberOperation, { as: me, body: { userId: them.id } });
    expect(again.status).toBe(200);
    expect(again.body.block.id).toBe(first.body.block.id);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(1);

    // someone else blocking me does not show up in MY list
    await callOp(blockMemberOperation, { as: third, body: { userId: me.id } });
    const list = await callOp(listBlocksOperation, { as: me });
    expect(list.status).toBe(200);
    expect(list.body.blocks.map((b: { userId: string }) => b.userId)).toEqual([them.id]);
  });

  it("is one rule: the Prisma filter, the pair check and the weekly build's SQL agree on every pair", async () => {
    const [a, b, c, d] = [await member(), await member(), await member(), await member()];
    await callOp(blockMemberOperation, { as: a, body: { userId: b.id } });
    await callOp(blockMemberOperation, { as: c, body: { userId: a.id } });
    const ids = [a.id, b.id, c.id, d.id];
    const expected = new Set([`${a.id}|${b.id}`, `${b.id}|${a.id}`, `${a.id}|${c.id}`, `${c.id}|${a.id}`]);

    // the weekly build: pairs with a block (or a match) in either direction, from its one scan
    const pairs = await loadPairs(ids, { from: "2000-W01", recentFrom: "2000-W01", lastFrom: "2999-W01", week: "2999-W01" });
    const inBuild = (i: number, j: number) => {
      const has = (off: Int32Array, val: Int32Array, x: number, y: number) =>
        Array.from(val.subarray(off[x], off[x + 1])).some((v) => v >> 3 === y && (v & 7) === PAIR_BLOCK_OR_MATCH);
      return has(pairs.fwdOff, pairs.fwdVal, i, j) || has(pairs.revOff, pairs.revVal, i, j);
    };

    for (const [i, x] of ids.entries()) {
      const visible = new Set((await prisma.user.findMany({ where: { id: { in: ids }, ...notBlockedWith(x) }, select: { id: true } })).map((u) => u.id));
      for (const [j, y] of ids.entries()) {
        if (i === j) continue;
        const blocked = expected.has(`${x}|${y}`);
        expect(!visible.has(y), `Prisma filter ${i}→${j}`).toBe(blocked);
        expect(await isBlockedEitherWay(x, y), `pair check ${i}→${j}`).toBe(blocked);
        expect(inBuild(i, j), `weekly build ${i}→${j}`).toBe(blocked);
      }
    }
  });

  it("is one visibility rule: the Prisma filter and the raw SQL fragment agree (blocks both ways, hidden statuses, deleted)", async () => {
    const [a, b, c, d, banned, gone, deleted] = [await member(), await member(), await member(), await member(), await member(), await member(), await member()];
    await callOp(blockMemberOperation, { as: a, body: { userId: b.id } });
    await callOp(blockMemberOperation, { as: c, body: { userId: a.id } });
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED" } });
    await prisma.user.update({ where: { id: gone.id }, data: { status: "WITHDRAWN" } });
    await prisma.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const ids = [a, b, c, d, banned, gone, deleted].map((m) => m.id);
    for (const viewer of ids) {
      const byPrisma = (await prisma.user.findMany({ where: { id: { in: ids }, ...visibleToWhere(viewer) }, select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
      const bySql = (await prisma.$queryRaw<{ id: string }[]>`SELECT u.id FROM "User" u WHERE u.id = ANY(${ids}::uuid[]) AND ${visibleToSql(viewer, "u")} ORDER BY u.id`).map((u) => u.id);
      expect(bySql).toEqual(byPrisma);
      expect(byPrisma).not.toContain(banned.id);
    }
    // a blocked pair is invisible both ways in both forms
    const seenByA = (await prisma.$queryRaw<{ id: string }[]>`SELECT u.id FROM "User" u WHERE u.id = ANY(${ids}::uuid[]) AND ${visibleToSql(a.id, "u")}`).map((u) => u.id);
    expect(seenByA).toEqual(expect.arrayContaining([a.id, d.id]));
    expect(seenByA).not.toContain(b.id);
    expect(seenByA).not.toContain(c.id);
  });

  it("refuses blocking myself (422), unknown or withdrawn members (404) and bad input (422), writing nothing", async () => {
    const me = await member();
    const gone = await createMember({ status: "WITHDRAWN" });
    const counts = await tableCounts();
    const self = await callOp(blockMemberOperation, { as: me, body: { userId: me.id } });
    expect(self.status).toBe(422);
    expect(self.error?.fields?.userId[0]).toContain("자기 자신");
    expect((await callOp(blockMemberOperation, { as: me, body: { userId: randomUUID() } })).status).toBe(404);
    expect((await callOp(blockMemberOperation, { as: me, body: { userId: gone.id } })).status).toBe(404);
    for (const bad of [{}, { userId: "abc" }, { userId: 12 }, { userId: randomUUID(), extra: 1 }]) {
      const res = await callOp(blockMemberOperation, { as: me, body: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.error?.code).toBe("VALIDATION_FAILED");
    }
    expect((await callOp(blockMemberOperation, { body: { userId: randomUUID() } })).status).toBe(401);
    expect(await tableCounts()).toEqual(counts);
  });

  it("deletes only the blocker's own block: another member's block is a 404 and stays", async () => {
    const [me, them, intruder] = [await member(), await member(), await member()];
    const { body: json } = await callOp(blockMemberOperation, { as: me, body: { userId: them.id } });
    const id = json.block.id as string;

    for (const token of [intruder.token, them.token]) {
      const res = await callOp(unblockMemberOperation, { as: { token }, params: { id } });
      expect(res.status).toBe(404);
      expect(res.error?.code).toBe("NOT_FOUND");
    }
    expect(await prisma.block.count({ where: { id } })).toBe(1);
    expect((await callOp(unblockMemberOperation, { as: me, params: { id: "not-a-uuid" } })).status).toBe(404);

    const mine = await callOp(unblockMemberOperation, { as: me, params: { id } });
    expect(mine.status).toBe(200);
    expect(await prisma.block.count({ where: { id } })).toBe(0);
    expect((await callOp(unblockMemberOperation, { as: me, params: { id } })).status).toBe(404);
  });
});

describe("POST /api/reports", () => {
  it("creates the report and a block in one step", async () => {
    const [me, them] = [await member(), await member()];
    const res = await callOp(createReportOperation, { as: me, body: { userId: them.id, reason: "SCAM_OR_SOLICITATION", detail: "  투자 권유를 했습니다.  " } });
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ userId: them.id, reason: "SCAM_OR_SOLICITATION" });
    const report = await prisma.report.findUniqueOrThrow({ where: { id: res.body.report.id } });
    expect(report).toMatchObject({ reporterId: me.id, reportedId: them.id, detail: "투자 권유를 했습니다.", handled: false });
    const block = await prisma.block.findUniqueOrThrow({ where: { blockerId_blockedId: { blockerId: me.id, blockedId: them.id } } });
    expect(res.body.report.blockId).toBe(block.id);

    // a second open report on the same member is a conflict; the first stands
    const again = await callOp(createReportOperation, { as: me, body: { userId: them.id, reason: "OTHER" } });
    expect(again.status).toBe(409);
    expect(await prisma.report.count({ where: { reporterId: me.id } })).toBe(1);
  });

  it("keeps an existing block when reporting an already blocked member", async () => {
    const [me, them] = [await member(), await member()];
    const blocked = await callOp(blockMemberOperation, { as: me, body: { userId: them.id } });
    const res = await callOp(createReportOperation, { as: me, body: { userId: them.id, reason: "HARASSMENT" } });
    expect(res.status).toBe(201);
    expect(res.body.report.blockId).toBe(blocked.body.block.id);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(1);
  });

  it("answers bad input with 422 (self 422, unknown 404) and writes neither report nor block", async () => {
    const [me, them] = [await member(), await member()];
    const counts = await tableCounts();
    const cases: [unknown, string][] = [
      [{ userId: them.id }, "reason"],
      [{ userId: them.id, reason: "RUDE" }, "reason"],
      [{ userId: them.id, reason: "OTHER", detail: "가".repeat(1001) }, "detail"],
      [{ userId: them.id, reason: "OTHER", detail: 5 }, "detail"],
      [{ reason: "OTHER" }, "userId"],
      [{ userId: them.id, reason: "OTHER", handled: true }, "_"],
      [{ userId: me.id, reason: "OTHER" }, "userId"],
    ];
    for (const [input, field] of cases) {
      const res = await callOp(createReportOperation, { as: me, body: input });
      expect(res.status, JSON.stringify(input).slice(0, 80)).toBe(422);
      expect(res.error?.fields?.[field], `${field}: ${JSON.stringify(res.error)}`).toBeDefined();
    }
    expect((await callOp(createReportOperation, { as: me, body: { userId: randomUUID(), reason: "OTHER" } })).status).toBe(404);
    expect(await tableCounts()).toEqual(counts);
  });
});
