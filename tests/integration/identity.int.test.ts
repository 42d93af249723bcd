// 본인인증 (docs/identity.md) against the local PortOne-compatible server (dev/portone): the verified
// result replaces typed details and onboarding follows; the same person (CI) is refused a second
// account, a banned person is refused even after withdrawal, under-19s are refused, a made-up or
// another member's verification is a 404, a wrong API secret is a 503 — every refusal in the admin's
// queue, whose decisions are audited and notified — and no personal data reaches a log line.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { blindIndex, decryptPii } from "@/lib/crypto/pii";
import { ciHash, identityBinding } from "@/lib/identity/keys";
import { verifyIdentityOperation } from "@/lib/identity/verify-identity";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { getMeOperation } from "@/lib/members/get-me";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { banMemberOperation } from "@/lib/admin/ban-member";
import { decideIdentityExceptionOperation, listIdentityExceptionsOperation } from "@/lib/admin/identity-exceptions";
import { stubCi } from "@/dev/portone/server";
import type { Person } from "@/dev/portone/window-page";
import type { PortOneStub } from "@/dev/portone/server";
import { publicProfileSelect, toPublicProfiles } from "@/lib/matching/profile-views";
import { completeOnboardingAction, verifyIdentityAction } from "@/app/(member)/onboarding/actions";
import { actAs } from "../helpers/page-session";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);

const stub = (globalThis as { __portoneStub?: PortOneStub }).__portoneStub!;
let seq = 0;
const person = (over: Partial<Person> = {}): Person => {
  seq += 1;
  return { name: `정다은${"가나다라마바사아자차카타파하"[seq % 14]}`, birthDate: "1991-06-0" + ((seq % 9) + 1), phoneNumber: `0107300${String(1000 + seq)}`, gender: "FEMALE", isForeigner: false, operator: "SKT", ...over };
};
const consents = { agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true };

async function newcomer() {
  return createMember({ status: "ONBOARDING", withProfile: false });
}
/** a finished verification in PortOne bound to `userId`, as the browser's window would leave it */
function verifiedFor(userId: string, p: Person) {
  const id = `identity-${randomUUID()}`;
  stub.verify(id, p, { customData: identityBinding(userId) });
  return id;
}
const verify = (user: { id: string }, identityVerificationId: string) => callOp(verifyIdentityOperation, { as: user, body: { identityVerificationId } });
const openExceptions = (userId: string) => prisma.identityException.findMany({ where: { userId, status: "OPEN" }, select: { reason: true, attempts: true, relatedUserId: true } });

beforeAll(() => {
  env.IDENTITY_VERIFICATION = "on";
});
afterEach(() => {
  env.PORTONE_API_SECRET = "test-portone-secret";
  vi.restoreAllMocks();
});

describe("POST /api/identity/verify", () => {
  it("stores the verified name, birth date, phone and gender (encrypted) and the CI only as a keyed hash; onboarding then needs only the agreements", async () => {
    const user = await newcomer();
    const p = person({ name: "한지민", birthDate: "1990-03-15", phoneNumber: "01073009999", gender: "FEMALE" });
    const res = await verify(user, verifiedFor(user.id, p));
    expect(res.status).toBe(200);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { realNameEnc: true, phoneEnc: true, phoneHash: true, birthDate: true, gender: true, ciHash: true, identityVerifiedAt: true, status: true } });
    expect(decryptPii(row.realNameEnc!)).toBe("한지민");
    expect(decryptPii(row.phoneEnc!)).toBe("01073009999");
    expect(row.phoneHash).toBe(blindIndex("01073009999"));
    expect(row.birthDate?.toISOString().slice(0, 10)).toBe("1990-03-15");
    expect(row.gender).toBe("F");
    expect(row.ciHash).toBe(ciHash(stubCi(p)));
    expect(row.ciHash).not.toContain(stubCi(p).slice(0, 12));
    expect(row.status).toBe("ONBOARDING");
    // nowhere in the database is the CI itself
    const dump = JSON.stringify(await prisma.$queryRaw`SELECT * FROM "User" WHERE id = ${user.id}::uuid`);
    expect(dump).not.toContain(stubCi(p));

    // typed details are ignored: the verified ones stay
    const done = await callOp(completeOnboardingOperation, { as: user, body: { ...consents, realName: "다른이름", phone: "010-1111-2222", birthDate: "1980-01-01", gender: "M" } });
    expect(done.status).toBe(200);
    const me = await callOp(getMeOperation, { as: user });
    expect(me.body.account).toMatchObject({ realName: "한지민", phone: "010-****-9999", birthDate: "1990-03-15", gender: "F", identityVerified: true });
    expect(me.body.status).toBe("ACTIVE");
  });

  it("onboarding without 본인인증 is refused while verification is on", async () => {
    const user = await newcomer();
    const res = await callOp(completeOnboardingOperation, { as: user, body: { ...consents, realName: "김하늘", phone: "010-2222-3333", birthDate: "1990-01-01", gender: "F" } });
    expect(res.status).toBe(409);
    expect(res.error?.message).toContain("본인인증");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true } })).status).toBe("ONBOARDING");
  });

  it("refuses a second account of the same person (same CI, another phone) with a clear message and queues it", async () => {
    const first = await newcomer();
    const p = person();
    expect((await verify(first, verifiedFor(first.id, p))).status).toBe(200);
    expect((await callOp(completeOnboardingOperation, { as: first, body: consents })).status).toBe(200);

    const second = await newcomer();
    const res = await verify(second, verifiedFor(second.id, { ...p, phoneNumber: "01073008888" }));
    expect(res.status).toBe(409);
    expect(res.error?.message).toBe("이미 가입된 분이에요. 처음 가입하신 카카오 계정으로 로그인해 주세요. 계정이 기억나지 않으시면 고객센터로 문의해 주세요.");
    const row = await prisma.user.findUniqueOrThrow({ where: { id: second.id }, select: { ciHash: true, identityVerifiedAt: true, realNameEnc: true } });
    expect(row).toEqual({ ciHash: null, identityVerifiedAt: null, realNameEnc: null });
    expect(await openExceptions(second.id)).toEqual([{ reason: "DUPLICATE_CI", attempts: 1, relatedUserId: first.id }]);
    // a second try counts up on the same queue item
    await verify(second, verifiedFor(second.id, p));
    expect(await openExceptions(second.id)).toEqual([{ reason: "DUPLICATE_CI", attempts: 2, relatedUserId: first.id }]);
  });

  it("refuses a banned person, also after the banned member withdrew and with a new phone number", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const banned = await newcomer();
    const p = person({ gender: "MALE" });
    expect((await verify(banned, verifiedFor(banned.id, p))).status).toBe(200);
    expect((await callOp(completeOnboardingOperation, { as: banned, body: consents })).status).toBe(200);
    expect((await callOp(banMemberOperation, { as: admin, params: { id: banned.id }, body: { reason: "사기 의심" } })).status).toBe(200);
    expect(await prisma.bannedIdentity.count({ where: { ciHash: ciHash(stubCi(p)) } })).toBe(1);

    const again = await newcomer();
    const res = await verify(again, verifiedFor(again.id, { ...p, phoneNumber: "01073007777" }));
    expect(res.status).toBe(403);
    expect(res.error?.message).toContain("이용이 제한된 분은 다시 가입할 수 없어요");
    expect((await openExceptions(again.id)).map((e) => e.reason)).toEqual(["BANNED"]);

    // the banned member withdraws: the CI hash stays on the tombstone and in BannedIdentity
    expect((await prisma.user.findUniqueOrThrow({ where: { id: banned.id }, select: { status: true } })).status).toBe("BANNED");
    await withdrawMember({ userId: banned.id, reason: "ADMIN" });
    const tomb = await prisma.user.findUniqueOrThrow({ where: { id: banned.id }, select: { status: true, ciHash: true } });
    expect(tomb).toEqual({ status: "WITHDRAWN", ciHash: ciHash(stubCi(p)) });
    const third = await newcomer();
    expect((await verify(third, verifiedFor(third.id, { ...p, phoneNumber: "01073006666" }))).status).toBe(403);
  });

  it("erases a withdrawn (never banned) member's CI hash, so the person may join again", async () => {
    const first = await newcomer();
    const p = person();
    await verify(first, verifiedFor(first.id, p));
    await callOp(completeOnboardingOperation, { as: first, body: consents });
    expect((await withdrawMember({ userId: first.id, reason: "SELF" })).withdrawn).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: first.id }, select: { ciHash: true } })).ciHash).toBeNull();
    const back = await newcomer();
    expect((await verify(back, verifiedFor(back.id, p))).status).toBe(200);
  });

  it("refuses under-19s by the verified birth date (on Seoul's calendar) and queues it", async () => {
    const user = await newcomer();
    const today = new Date(Date.now() + 9 * 3600_000);
    const birth = `${today.getUTCFullYear() - 19}-${String(today.getUTCMonth() + 1).padStart(2, "0")}-${String(today.getUTCDate()).padStart(2, "0")}`;
    const dayAfter = new Date(Date.UTC(today.getUTCFullYear() - 19, today.getUTCMonth(), today.getUTCDate() + 1)).toISOString().slice(0, 10);
    const res = await verify(user, verifiedFor(user.id, person({ birthDate: dayAfter })));
    expect(res.status).toBe(403);
    expect(res.error?.message).toBe("만 19세 이상만 가입할 수 있어요.");
    expect((await openExceptions(user.id)).map((e) => e.reason)).toEqual(["UNDER_AGE"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { birthDate: true } })).birthDate).toBeNull();
    // 19 today is old enough
    const adult = await newcomer();
    expect((await verify(adult, verifiedFor(adult.id, person({ birthDate: birth })))).status).toBe(200);
  });

  it("answers 404 for a made-up id and for another member's verification, and uses neither", async () => {
    const victim = await newcomer();
    const attacker = await newcomer();
    const victimsId = verifiedFor(victim.id, person());
    expect((await verify(attacker, victimsId)).status).toBe(404);
    expect((await verify(attacker, `identity-${randomUUID()}`)).status).toBe(404);
    expect((await verify(attacker, "../../etc")).status).toBe(422);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: attacker.id }, select: { identityVerifiedAt: true } })).identityVerifiedAt).toBeNull();
    // the victim can still use it
    expect((await verify(victim, victimsId)).status).toBe(200);
  });

  it("a cancelled verification is a 422 queued as FAILED; one still in progress is a 409", async () => {
    const user = await newcomer();
    const failed = `identity-${randomUUID()}`;
    stub.fail(failed, { customData: identityBinding(user.id) });
    const res = await verify(user, failed);
    expect(res.status).toBe(422);
    expect((await openExceptions(user.id)).map((e) => e.reason)).toEqual(["FAILED"]);
    const ready = `identity-${randomUUID()}`;
    stub.ready(ready, { customData: identityBinding(user.id) });
    expect((await verify(user, ready)).status).toBe(409);
  });

  it("answers 503 when PortOne refuses our API secret (misconfiguration), logging no personal data", async () => {
    const user = await newcomer();
    const id = verifiedFor(user.id, person());
    const errors = vi.spyOn(logger, "error");
    env.PORTONE_API_SECRET = "wrong-secret";
    const res = await verify(user, id);
    expect(res.status).toBe(503);
    expect(errors).toHaveBeenCalledWith({ portoneError: "UNAUTHORIZED" }, "portone identity lookup failed");
    env.PORTONE_API_SECRET = "test-portone-secret";
    expect((await verify(user, id)).status).toBe(200);
  });

  it("writes no name, phone, birth date or CI to any log line", async () => {
    const lines: string[] = [];
    for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const) {
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void lines.push(JSON.stringify(args))) as never);
    }
    const p = person({ name: "로그없음", birthDate: "1988-08-08", phoneNumber: "01073005555" });
    const a = await newcomer();
    await verify(a, verifiedFor(a.id, p));
    await callOp(completeOnboardingOperation, { as: a, body: consents });
    const b = await newcomer();
    await verify(b, verifiedFor(b.id, p)); // duplicate: refused
    env.PORTONE_API_SECRET = "wrong";
    await verify(b, verifiedFor(b.id, person()));
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join("\n");
    for (const secret of ["로그없음", "01073005555", "1073005555", "1988-08-08", stubCi(p), stubCi(p).slice(0, 20)]) expect(all).not.toContain(secret);
  });
});

describe("the onboarding page's actions", () => {
  it("verify, then the form with only the agreements (what the page sends once verified) completes onboarding", async () => {
    const user = await newcomer();
    await actAs(user);
    const p = person({ name: "폼회원", birthDate: "1992-02-02" });
    expect(await verifyIdentityAction({ identityVerificationId: verifiedFor(user.id, p) })).toMatchObject({ ok: true });
    const fd = new FormData();
    for (const k of ["agreeTerms", "agreePrivacy", "agreeRefund", "confirmAdult"]) fd.append(k, "on");
    // after success the action revalidates and redirects, which only works inside Next: the outcome is the row
    const state = await completeOnboardingAction({ ok: false }, fd).catch(() => null);
    expect(state?.ok ?? true).toBe(true);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true, realNameEnc: true } });
    expect(row.status).toBe("ACTIVE");
    expect(decryptPii(row.realNameEnc!)).toBe("폼회원");
  });
});

describe("the 본인인증 badge", () => {
  it("cards say identityVerified for a verified member and not for one who joined with typed details", async () => {
    const verified = await createMember();
    const typed = await createMember();
    await prisma.user.update({ where: { id: typed.id }, data: { identityVerifiedAt: null } });
    const rows = await prisma.profile.findMany({ where: { userId: { in: [verified.id, typed.id] } }, select: publicProfileSelect });
    const cards = await toPublicProfiles(rows);
    expect(Object.fromEntries(cards.map((c) => [c.userId, c.identityVerified]))).toEqual({ [verified.id]: true, [typed.id]: false });
    const me = await callOp(getMeOperation, { as: typed });
    expect(me.body.account.identityVerified).toBe(false);
  });
});

describe("the identity-exceptions queue", () => {
  it("lists open refusals oldest first; upholding is audited, notified and stops further attempts; allowing a retry is audited and notified", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const minor = await newcomer();
    await verify(minor, verifiedFor(minor.id, person({ birthDate: "2015-01-01" })));
    const other = await newcomer();
    stub.fail("identity-queue-failed", { customData: identityBinding(other.id) });
    await verify(other, "identity-queue-failed");

    const list = await callOp(listIdentityExceptionsOperation, { as: admin });
    expect(list.status).toBe(200);
    const mine = list.body.items.filter((i) => [minor.id, other.id].includes(i.member.id));
    expect(mine.map((i) => [i.member.id, i.reason])).toEqual([
      [minor.id, "UNDER_AGE"],
      [other.id, "FAILED"],
    ]);
    expect(JSON.stringify(list.body)).not.toContain("2015-01-01");
    expect(list.body.open).toBeGreaterThanOrEqual(2);

    // a member may not decide
    expect((await callOp(decideIdentityExceptionOperation, { as: other, params: { id: mine[0]!.id }, body: { decision: "UPHOLD" } })).status).toBe(403);

    const upheld = await callOp(decideIdentityExceptionOperation, { as: admin, params: { id: mine[0]!.id }, body: { decision: "UPHOLD" } });
    expect(upheld.body).toEqual({ id: mine[0]!.id, status: "UPHELD" });
    expect((await callOp(decideIdentityExceptionOperation, { as: admin, params: { id: mine[0]!.id }, body: { decision: "ALLOW_RETRY" } })).status).toBe(409);
    const allowed = await callOp(decideIdentityExceptionOperation, { as: admin, params: { id: mine[1]!.id }, body: { decision: "ALLOW_RETRY" } });
    expect(allowed.body).toEqual({ id: mine[1]!.id, status: "RETRY_ALLOWED" });
    expect((await callOp(decideIdentityExceptionOperation, { as: admin, params: { id: randomUUID() }, body: { decision: "UPHOLD" } })).status).toBe(404);

    const audit = await prisma.adminAction.findMany({ where: { adminId: admin.id }, orderBy: { createdAt: "asc" }, select: { action: true, targetId: true } });
    expect(audit).toEqual([
      { action: "IDENTITY_EXCEPTION_UPHELD", targetId: minor.id },
      { action: "IDENTITY_RETRY_ALLOWED", targetId: other.id },
    ]);
    const notes = await prisma.notification.findMany({ where: { userId: { in: [minor.id, other.id] }, kind: "IDENTITY_REVIEWED" }, select: { userId: true, payload: true } });
    expect(notes).toEqual(expect.arrayContaining([
      { userId: minor.id, payload: { decision: "UPHELD" } },
      { userId: other.id, payload: { decision: "RETRY_ALLOWED" } },
    ]));

    // upheld: no further attempt, even with an adult's verification
    const res = await verify(minor, verifiedFor(minor.id, person()));
    expect(res.status).toBe(403);
    // allowed: the next attempt goes through
    expect((await verify(other, verifiedFor(other.id, person()))).status).toBe(200);
  });
});
