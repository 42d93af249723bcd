// The admin console's page actions are derived from the admin operations (lib/http/action.ts): a
// member is refused as by the API (nothing written, no audit row), an admin write leaves exactly one
// audit row, a malformed id is the API's 404, the form mappers turn a form into the API's JSON, and
// "입금 확인 + 매칭 확정" is the two operations in sequence (two audit rows, the deposit kept).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import * as matchActions from "@/app/admin/matches/actions";
import * as paymentActions from "@/app/admin/payments/actions";
import * as recsActions from "@/app/admin/recommendations/actions";
import * as reportActions from "@/app/admin/reports/actions";
import * as userActions from "@/app/admin/users/[id]/actions";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { canonicalPair } from "@/lib/matching/pair";
import { createTransferIntent } from "@/lib/payments/create-transfer-intent";
import { createMember } from "../helpers/factories";
import { actAs } from "../helpers/page-session";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type AnyAction = ((input: Record<string, unknown>) => Promise<{ ok: boolean; message?: string; fields?: Record<string, string[]>; result?: unknown }>) & { operation?: { path: string } };
const ALL: [string, AnyAction][] = [userActions, matchActions, paymentActions, reportActions, recsActions].flatMap((m) => Object.entries(m) as [string, AnyAction][]);

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const audits = (where: object = {}) => prisma.adminAction.count({ where });

/** A PENDING match whose fee one member chose to pay by transfer (the deposit not yet verified). */
async function transferDue() {
  const [a, b] = [await createMember(), await createMember()];
  await prisma.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: "MATCHING", matchingCount: 1 } });
  const match = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() + 7 * 86_400_000) } });
  const { payment } = await createTransferIntent({ actor: { userId: a.id, role: "MEMBER", status: "MATCHING" }, input: { matchId: match.id } });
  return { b, match, payment };
}

let admin: Awaited<ReturnType<typeof createMember>>;
beforeAll(async () => {
  admin = await createMember({ role: "ADMIN", withProfile: false });
});
beforeEach(() => vi.mocked(revalidatePath).mockClear());

describe("admin page actions derived from the admin operations", () => {
  it("every action of the console is derived from an admin operation", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(14);
    for (const [name, fn] of ALL) expect(fn.operation?.path, name).toMatch(/^\/api\/admin\//);
  });

  it("refuses a member on every one of them with the API's 403 message: nothing written, no audit row", async () => {
    const member = await createMember();
    const target = await createMember();
    await actAs(member);
    const before = await audits();
    for (const [name, fn] of ALL) {
      const state = await fn({ id: target.id, userId: target.id, partnerId: member.id, reason: "회원이 시도한 정지", tier: "PREMIUM", expiresAt: null, resolution: "BAN", depositorName: "x", text: "memo", version: 0 });
      expect(state, name).toMatchObject({ ok: false, message: "관리자만 이용할 수 있어요." });
    }
    expect(await audits()).toBe(before);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, membershipTier: true } })).toEqual({ status: "ACTIVE", membershipTier: "FREE" });
    expect(await prisma.match.count({ where: { OR: [{ userAId: target.id }, { userBId: target.id }] } })).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("a ban from the form writes the ban and exactly one audit row, revalidates the page and says so", async () => {
    const target = await createMember();
    await actAs(admin);
    const state = await userActions.banAction({ ok: false }, form({ id: target.id, reason: "반복 신고 확인" }));
    expect(state).toMatchObject({ ok: true, message: "이용정지했습니다." });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, banReason: true } })).toEqual({ status: "BANNED", banReason: "반복 신고 확인" });
    expect(await audits({ targetId: target.id })).toBe(1);
    expect(await audits({ targetId: target.id, action: "USER_BANNED", adminId: admin.id })).toBe(1);
    expect(revalidatePath).toHaveBeenCalledWith(`/admin/users/${target.id}`);
  });

  it("a page write leaves the API's access-log line, marked as coming from a page action", async () => {
    const target = await createMember({ status: "BANNED" });
    await actAs(admin);
    const info = vi.spyOn(logger, "info");
    try {
      await userActions.unbanAction({ ok: false }, form({ id: target.id }));
      const lines = info.mock.calls.filter(([fields, msg]) => msg === "request" && (fields as { operation?: string }).operation === userActions.unbanAction.operation.operationId);
      expect(lines.map(([fields]) => fields)).toEqual([expect.objectContaining({ via: "action", method: "DELETE", path: "/api/admin/users/{id}/ban", status: 200, userId: admin.id })]);
    } finally {
      info.mockRestore();
    }
  });

  it("a malformed id is the API's 404 for a malformed path, an unknown one the use case's 404; nothing written", async () => {
    await actAs(admin);
    const before = await audits();
    for (const id of ["not-a-uuid", "00000000-0000-0000-0000-00000000000", ""]) {
      const state = await userActions.banAction({ ok: false }, form({ id, reason: "사유 있음" }));
      expect(state).toEqual({ ok: false, code: "NOT_FOUND", message: "찾으시는 내용이 없어요.", fields: undefined });
    }
    expect(await matchActions.unmatchAction({ id: "1; drop table" })).toMatchObject({ ok: false, message: "찾으시는 내용이 없어요." });
    const unknown = await userActions.banAction({ ok: false }, form({ id: crypto.randomUUID(), reason: "사유 있음" }));
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining("찾을 수 없") });
    expect(await audits()).toBe(before);
  });

  it("field errors in Korean from the operation's schema: a short ban reason, a typed-in amount that is no number", async () => {
    const target = await createMember();
    await actAs(admin);
    const ban = await userActions.banAction({ ok: false }, form({ id: target.id, reason: "x" }));
    expect(ban).toMatchObject({ ok: false, fields: { reason: ["정지 사유를 2자 이상 입력해 주세요."] } });
    const refund = await paymentActions.cancelPaymentAction({ ok: false }, form({ id: crypto.randomUUID(), reason: "환불 요청", amount: "오만원" }));
    expect(refund).toMatchObject({ ok: false, fields: { amount: ["금액은 숫자로 입력해 주세요."] } });
    expect(await audits({ targetId: target.id })).toBe(0);
  });

  it("the membership form's day is the end of that day on the Seoul clock; a blank day is no expiry", async () => {
    const target = await createMember();
    await actAs(admin);
    const state = await userActions.membershipAction({ ok: false }, form({ id: target.id, tier: "PREMIUM", expiresAt: "2027-01-31" }));
    expect(state).toMatchObject({ ok: true, message: "회원 등급을 변경했습니다." });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { membershipTier: true, membershipExpiresAt: true } });
    expect(user).toEqual({ membershipTier: "PREMIUM", membershipExpiresAt: new Date("2027-01-31T14:59:59.999Z") });
    expect(await audits({ targetId: target.id })).toBe(1);
  });

  it("입금 확인 + 매칭 확정: the two derived actions in sequence record the deposit and the activation, one audit row each", async () => {
    const { match, payment } = await transferDue();
    await actAs(admin);
    // the verify form also carries its checkbox: the mapper passes only the operation's fields
    const verified = await paymentActions.verifyPaymentAction({ ok: false }, form({ id: payment.id, depositorName: payment.depositCode!, memo: "", activate: "on" }));
    expect(verified).toMatchObject({ ok: true, message: "입금을 확인했습니다.", result: { payment: { status: "PAID", matchId: match.id } } });
    const activated = await paymentActions.activateMatchAction({ id: match.id });
    expect(activated).toMatchObject({ ok: true, message: "매칭을 확정했습니다." });
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { status: true, amount: true, verifiedById: true } })).toEqual({ status: "PAID", amount: 50_000, verifiedById: admin.id });
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id } })).status).toBe("ACTIVE");
    expect(await audits({ targetId: payment.id })).toBe(1);
    expect(await audits({ targetId: match.id })).toBe(1);
    // a double click is idempotent: no second activation, no second audit row
    expect(await paymentActions.activateMatchAction({ id: match.id })).toMatchObject({ ok: true });
    expect(await audits({ targetId: match.id })).toBe(1);
  });

  it("a refused activation after the verify leaves the deposit recorded (the row offers 매칭 확정 again)", async () => {
    const { b, match, payment } = await transferDue();
    await actAs(admin);
    expect(await paymentActions.verifyPaymentAction({ id: payment.id, depositorName: payment.depositCode })).toMatchObject({ ok: true });
    await prisma.user.update({ where: { id: b.id }, data: { status: "BANNED" } });
    expect(await paymentActions.activateMatchAction({ id: match.id })).toMatchObject({ ok: false, message: expect.stringContaining("이용이 정지된 회원") });
    expect((await prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PAID");
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id } })).status).toBe("PENDING");
    expect([await audits({ targetId: payment.id }), await audits({ targetId: match.id })]).toEqual([1, 0]);
  });

  it("a manual match from the candidate list creates one PENDING match and one audit row", async () => {
    const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
    await actAs(admin);
    const state = await userActions.manualMatchAction({ ok: false }, form({ userId: a.id, partnerId: b.id }));
    expect(state).toMatchObject({ ok: true, message: "매칭을 만들었습니다 (대기 상태)." });
    const matches = await prisma.match.findMany({ where: canonicalPair(a.id, b.id) });
    expect(matches.map((m) => [m.status, m.source])).toEqual([["PENDING", "ADMIN"]]);
    expect(await audits({ targetId: matches[0].id })).toBe(1);
  });
});
