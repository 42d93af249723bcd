// Page server actions are derived from operations (lib/http/action.ts): the like button's action
// goes through the same access rule, rate limit, parsing, log line and errors as POST /api/likes.
import { describe, expect, it, vi } from "vitest";
import { likeMemberAction, passMemberAction } from "@/app/(member)/recommendations/actions";
import { prisma } from "@/lib/db";
import { currentWeek } from "@/lib/core/week";
import { createMember } from "../helpers/factories";
import { actAs } from "../helpers/page-session";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);

const week = currentWeek();

describe("page actions derived from operations", () => {
  it("the like action refuses the 61st like in a minute exactly as the API does, and writes nothing then", async () => {
    const me = await createMember({ gender: "M" });
    const targets = await Promise.all(Array.from({ length: 61 }, () => createMember({ gender: "F" })));
    await prisma.recommendation.createMany({ data: targets.map((t, i) => ({ userId: me.id, targetId: t.id, batchWeek: week, rank: i + 1, score: 0.5 })) });
    await actAs(me);
    for (const t of targets.slice(0, 60)) {
      const state = await likeMemberAction({ toUserId: t.id, batchWeek: week });
      expect(state).toMatchObject({ ok: true, result: { liked: true, match: null } });
    }
    const refused = await likeMemberAction({ toUserId: targets[60].id, batchWeek: week });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/잠시 후|너무 많/);
    expect(await prisma.like.count({ where: { fromId: me.id } })).toBe(60);
  }, 180_000);

  it("parses input with the operation's schema (field errors) and hides a foreign id as 404", async () => {
    const me = await createMember({ gender: "M" });
    await actAs(me);
    const bad = await passMemberAction({ toUserId: "not-a-uuid", batchWeek: week });
    expect(bad.ok).toBe(false);
    expect(bad.fields?.toUserId?.length).toBeGreaterThan(0);
    const stranger = await createMember({ gender: "F" });
    const hidden = await likeMemberAction({ toUserId: stranger.id, batchWeek: week });
    expect(hidden).toMatchObject({ ok: false, message: expect.stringContaining("찾을 수 없") });
    expect(await prisma.like.count({ where: { fromId: me.id } })).toBe(0);
  });

  it("sends a caller without a session to the sign-in page", async () => {
    await actAs(null);
    await expect(likeMemberAction({ toUserId: crypto.randomUUID(), batchWeek: week })).rejects.toMatchObject({ digest: expect.stringContaining("/login") });
  });
});
