// Page server actions are derived from operations (lib/http/action.ts): the like button's action
// goes through the same access rule, rate limit, parsing, log line, metrics and errors as
// POST /api/likes, and form actions map FormData onto the operation's input.
import { describe, expect, it, vi } from "vitest";
import { blockMemberAction, reportMemberAction } from "@/app/(member)/safety-actions";
import { completeOnboardingAction } from "@/app/(member)/onboarding/actions";
import { saveProfileAction } from "@/app/(member)/profile/actions";
import { likeMemberAction, passMemberAction } from "@/app/(member)/recommendations/actions";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { metricsText } from "@/lib/observability/metrics";
import { currentWeek } from "@/lib/core/week";
import { createMember } from "../helpers/factories";
import { actAs } from "../helpers/page-session";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);

const week = currentWeek();
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
/** the request counter of one operation and status in the Prometheus text */
async function requests(operation: string, status: number): Promise<number> {
  const { body } = await metricsText();
  const line = body.split("\n").find((l) => l.startsWith("inyeon_http_requests_total{") && l.includes(`operation="${operation}"`) && l.includes(`status="${status}"`));
  return line ? Number(line.split(" ").at(-1)) : 0;
}
/** the access-log lines ("request") written while `fn` ran */
async function requestLines(fn: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const info = vi.spyOn(logger, "info");
  try {
    await fn();
    return info.mock.calls.filter((c) => c[1] === "request").map((c) => c[0] as unknown as Record<string, unknown>);
  } finally {
    info.mockRestore();
  }
}

describe("page actions derived from operations", () => {
  it("the like action refuses the 61st like in a minute exactly as the API does, and writes nothing then", async () => {
    const me = await createMember({ gender: "M" });
    const targets = await Promise.all(Array.from({ length: 61 }, () => createMember({ gender: "F" })));
    await prisma.recommendation.createMany({ data: targets.map((t, i) => ({ userId: me.id, targetId: t.id, batchWeek: week, rank: i + 1, score: 0.5 })) });
    await actAs(me);
    // ten at a time: the 60 must land well within the limit's one-minute window on a busy machine
    for (let i = 0; i < 60; i += 10) {
      const states = await Promise.all(targets.slice(i, i + 10).map((t) => likeMemberAction({ toUserId: t.id, batchWeek: week })));
      for (const state of states) expect(state).toMatchObject({ ok: true, result: { liked: true, match: null } });
    }
    const refused = await likeMemberAction({ toUserId: targets[60].id, batchWeek: week });
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(refused.message).toMatch(/잠시 후|너무 많/);
    expect(await prisma.like.count({ where: { fromId: me.id } })).toBe(60);
  }, 180_000);

  it("a page write leaves the API's access-log line (via action, no input) and counts in the request metrics", async () => {
    const me = await createMember({ gender: "M" });
    const her = await createMember({ gender: "F" });
    await prisma.recommendation.create({ data: { userId: me.id, targetId: her.id, batchWeek: week, rank: 1, score: 0.5 } });
    await actAs(me);
    const op = likeMemberOperation;
    const status = op.status ?? 200;
    const before = await requests(op.operationId, status);
    const lines = await requestLines(() => likeMemberAction({ toUserId: her.id, batchWeek: week }));
    expect(lines).toEqual([{ userId: me.id, operation: op.operationId, via: "action", method: "POST", path: "/api/likes", status, latencyMs: expect.any(Number) }]);
    expect(await requests(op.operationId, status)).toBe(before + 1);
    expect(await prisma.like.count({ where: { fromId: me.id, toId: her.id } })).toBe(1);
  });

  it("parses input with the operation's schema (field errors) and hides a foreign id as 404", async () => {
    const me = await createMember({ gender: "M" });
    await actAs(me);
    const bad = await passMemberAction({ toUserId: "not-a-uuid", batchWeek: week });
    expect(bad.ok).toBe(false);
    expect(bad.fields?.toUserId?.length).toBeGreaterThan(0);
    const stranger = await createMember({ gender: "F" });
    const hidden = await likeMemberAction({ toUserId: stranger.id, batchWeek: week });
    expect(hidden).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringContaining("찾을 수 없") });
    expect(await prisma.like.count({ where: { fromId: me.id } })).toBe(0);
  });

  it("sends a caller without a session to the sign-in page", async () => {
    await actAs(null);
    await expect(likeMemberAction({ toUserId: crypto.randomUUID(), batchWeek: week })).rejects.toMatchObject({ digest: expect.stringContaining("/login") });
  });
});

describe("form actions (FormData → the operation's input)", () => {
  it("report: a missing reason is a field error and writes nothing; then the report and its block are written", async () => {
    const me = await createMember({ gender: "M" });
    const him = await createMember({ gender: "F" });
    await actAs(me);
    const missing = await reportMemberAction({ ok: false }, form({ userId: him.id, reason: "", detail: "" }));
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    expect(missing.fields?.reason?.[0]).toMatch(/[가-힣]/);
    expect(await prisma.report.count({ where: { reporterId: me.id } })).toBe(0);

    const done = await reportMemberAction({ ok: false }, form({ userId: him.id, reason: "FAKE_PROFILE", detail: "프로필 사진이 다른 사람이에요" }));
    expect(done).toMatchObject({ ok: true, message: expect.stringContaining("신고가 접수") });
    expect(await prisma.report.findMany({ where: { reporterId: me.id }, select: { reportedId: true, reason: true, detail: true } })).toEqual([
      { reportedId: him.id, reason: "FAKE_PROFILE", detail: "프로필 사진이 다른 사람이에요" },
    ]);
    expect(await prisma.block.count({ where: { blockerId: me.id, blockedId: him.id } })).toBe(1);
    // blocking again through the block form: the operation's "already there" answer, still one block
    expect(await blockMemberAction({ ok: false }, form({ userId: him.id }))).toMatchObject({ ok: true, result: { created: false } });
    expect(await prisma.block.count({ where: { blockerId: me.id, blockedId: him.id } })).toBe(1);
  });

  it("profile: a bad nickname and a non-number height come back as the API's Korean field errors; nothing is saved", async () => {
    const me = await createMember({ gender: "M" });
    const before = await prisma.profile.findUniqueOrThrow({ where: { userId: me.id }, select: { nickname: true, height: true } });
    await actAs(me);
    const state = await saveProfileAction({ ok: false }, form({ nickname: "a", height: "키", region: "서울", job: "", intro: "", "visibility.age": "on" }));
    expect(state).toMatchObject({ ok: false, code: "VALIDATION_FAILED" });
    expect(state.fields?.nickname?.[0]).toBe("닉네임은 2자 이상으로 입력해 주세요.");
    expect(state.fields?.height?.[0]).toMatch(/[가-힣]/);
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: me.id }, select: { nickname: true, height: true } })).toEqual(before);
  });

  it("onboarding: unticked agreements are field errors (checkboxes → booleans), and the log line carries no name or phone", async () => {
    const me = await createMember({ status: "ONBOARDING" });
    await actAs(me);
    let state: Awaited<ReturnType<typeof completeOnboardingAction>> | undefined;
    const lines = await requestLines(async () => {
      state = await completeOnboardingAction({ ok: false }, form({ realName: "김민지", phone: "010-9876-5432", birthDate: "1993-04-02", gender: "F", agreePrivacy: "on", agreeRefund: "on", confirmAdult: "on" }));
    });
    expect(state).toMatchObject({ ok: false, code: "VALIDATION_FAILED", fields: { agreeTerms: ["이용약관에 동의해 주세요."] } });
    expect(Object.keys(state?.fields ?? {})).toEqual(["agreeTerms"]);
    expect(lines).toEqual([expect.objectContaining({ operation: "postOnboarding", via: "action", status: 422, userId: me.id })]);
    const logged = JSON.stringify(lines);
    for (const pii of ["김민지", "010-9876-5432", "01098765432", "1993-04-02"]) expect(logged).not.toContain(pii);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { status: true, phoneHash: true } })).toEqual({ status: "ONBOARDING", phoneHash: null });
  });
});
