// Onboarding (POST /api/onboarding): PII encrypted at rest with a blind index, consent recorded with
// versions, 19+ enforced on Seoul's calendar, banned phones refused, one onboarding per member, and
// bad input answered with 422 while nothing is written.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { blindIndex, decryptPii } from "@/lib/crypto/pii";
import { PRIVACY_VERSION, REFUND_VERSION, TERMS_VERSION } from "@/lib/members/legal-versions";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { getMeOperation } from "@/lib/members/get-me";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { seoulDateYearsAgo, stableUserRow, tableCounts } from "../helpers/member-state";

let phoneSeq = 10_000_000;
const nextPhone = () => `010-${String(++phoneSeq).slice(0, 4)}-${String(phoneSeq).slice(4)}`;

function body(overrides: Record<string, unknown> = {}) {
  return {
    realName: "김하늘",
    phone: nextPhone(),
    birthDate: "1993-04-21",
    gender: "F",
    agreeTerms: true,
    agreePrivacy: true,
    agreeRefund: true,
    confirmAdult: true,
    ...overrides,
  };
}

async function newcomer() {
  const user = await createMember({ status: "ONBOARDING", withProfile: false });
  return { user };
}

describe("POST /api/onboarding", () => {
  it("stores encrypted PII, the consent and status ACTIVE, and GET /api/me shows the member's own data", async () => {
    const { user } = await newcomer();
    const input = body({ phone: "010 2345 6789", gender: "M", birthDate: "1990-12-01" });
    const res = await callOp(completeOnboardingOperation, { as: user, body: input });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, status: "ACTIVE" });

    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { status: true, gender: true, birthDate: true, onboardedAt: true, phoneHash: true, realNameEnc: true, phoneEnc: true },
    });
    expect(row.status).toBe("ACTIVE");
    expect(row.gender).toBe("M");
    expect(row.birthDate?.toISOString().slice(0, 10)).toBe("1990-12-01");
    expect(row.onboardedAt).toBeInstanceOf(Date);
    expect(row.phoneHash).toBe(blindIndex("01023456789"));
    expect(decryptPii(row.realNameEnc!)).toBe("김하늘");

    const consents = await prisma.consent.findMany({ where: { userId: user.id } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ termsVersion: TERMS_VERSION, privacyVersion: PRIVACY_VERSION, refundVersion: REFUND_VERSION, adultConfirmed: true });
    expect(consents[0].agreedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const me = await callOp(getMeOperation, { as: user });
    expect(me.status).toBe(200);
    expect(me.body.account).toMatchObject({ realName: "김하늘", phone: "010-****-6789", birthDate: "1990-12-01", gender: "M" });
    expect(me.body.status).toBe("ACTIVE");
    expect(me.body.membership).toEqual({ tier: "FREE", expiresAt: null });
    expect(JSON.stringify(me.body)).not.toContain("23456789");
  });

  it("keeps the phone unreadable in the database: the raw column holds no digits of it and decrypts back", async () => {
    const { user } = await newcomer();
    expect((await callOp(completeOnboardingOperation, { as: user, body: body({ phone: "010-9876-5432", realName: "박서준" }) })).status).toBe(200);
    const [raw] = await prisma.$queryRaw<{ phoneEnc: string; realNameEnc: string; phoneHash: string }[]>`
      SELECT "phoneEnc", "realNameEnc", "phoneHash" FROM "User" WHERE id = ${user.id}::uuid`;
    for (const fragment of ["01098765432", "98765432", "9876", "5432", "010-9876"]) {
      expect(raw.phoneEnc).not.toContain(fragment);
      expect(raw.phoneHash).not.toContain(fragment);
    }
    expect(raw.realNameEnc).not.toContain("박서준");
    expect(raw.phoneEnc.split(":")).toHaveLength(4);
    expect(decryptPii(raw.phoneEnc)).toBe("01098765432");
    // the default client never selects the PII columns
    const plain = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain).not.toHaveProperty("phoneEnc");
    expect(plain).not.toHaveProperty("realNameEnc");
  });

  it("refuses an under-19 (by one day, on Seoul's calendar) and stores nothing; 19 today is accepted", async () => {
    const { user } = await newcomer();
    const before = await stableUserRow(user.id);
    const counts = await tableCounts();
    const res = await callOp(completeOnboardingOperation, { as: user, body: body({ birthDate: seoulDateYearsAgo(19, -1) }) });
    expect(res.status).toBe(422);
    expect(res.error?.code).toBe("VALIDATION_FAILED");
    expect(res.error?.message).toContain("만 19세 이상");
    expect(res.error?.fields?.birthDate).toBeDefined();
    expect(await stableUserRow(user.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);

    const ok = await callOp(completeOnboardingOperation, { as: user, body: body({ birthDate: seoulDateYearsAgo(19) }) });
    expect(ok.status).toBe(200);
  });

  it("answers a second onboarding with 409 and changes nothing", async () => {
    const { user } = await newcomer();
    expect((await callOp(completeOnboardingOperation, { as: user, body: body() })).status).toBe(200);
    const before = await stableUserRow(user.id);
    const again = await callOp(completeOnboardingOperation, { as: user, body: body({ realName: "다른이름", gender: "M" }) });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe("CONFLICT");
    expect(await stableUserRow(user.id)).toEqual(before);
    expect(await prisma.consent.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a banned phone number (blind index) and a number held by another live member", async () => {
    await prisma.bannedPhone.create({ data: { phoneHash: blindIndex("01055554444"), reason: "test" } });
    const { user } = await newcomer();
    const before = await stableUserRow(user.id);
    const counts = await tableCounts();
    const banned = await callOp(completeOnboardingOperation, { as: user, body: body({ phone: "+82 10-5555-4444" }) });
    expect(banned.status).toBe(403);
    expect(banned.error?.message).toContain("가입이 제한된");
    expect(await stableUserRow(user.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);

    const first = await newcomer();
    expect((await callOp(completeOnboardingOperation, { as: first.user, body: body({ phone: "010-3333-2222" }) })).status).toBe(200);
    const dup = await callOp(completeOnboardingOperation, { as: user, body: body({ phone: "01033332222" }) });
    expect(dup.status).toBe(409);
    expect(dup.error?.fields?.phone).toBeDefined();
    expect(await stableUserRow(user.id)).toEqual(before);
  });

  it("answers bad input with 422, the error shape and Korean field messages, writing nothing", async () => {
    const { user } = await newcomer();
    const before = await stableUserRow(user.id);
    const counts = await tableCounts();
    const cases: [Record<string, unknown>, string][] = [
      [body({ agreeTerms: false }), "agreeTerms"],
      [body({ agreePrivacy: undefined }), "agreePrivacy"],
      [body({ agreeRefund: "yes" }), "agreeRefund"],
      [body({ confirmAdult: false }), "confirmAdult"],
      [body({ phone: "02-123-4567" }), "phone"],
      [body({ phone: 1012345678 }), "phone"],
      [body({ birthDate: "1990-02-30" }), "birthDate"],
      [body({ birthDate: "2999-01-01" }), "birthDate"],
      [body({ gender: "X" }), "gender"],
      [body({ realName: "A" }), "realName"],
      [body({ realName: "<script>" }), "realName"],
      [body({ role: "ADMIN" }), "_"],
    ];
    for (const [input, field] of cases) {
      const res = await callOp(completeOnboardingOperation, { as: user, body: input });
      expect(res.status, JSON.stringify(input)).toBe(422);
      expect(res.error?.code).toBe("VALIDATION_FAILED");
      expect(res.error?.fields?.[field], field).toBeDefined();
      expect(res.error?.message).toMatch(/[가-힣]/);
    }
    const notJson = await callOp(completeOnboardingOperation, { as: user, rawBody: "{not json", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(422);
    expect(await stableUserRow(user.id)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it("requires a signed-in member; an already active member gets 409", async () => {
    expect((await callOp(completeOnboardingOperation, { body: body() })).status).toBe(401);
    const active = await createMember();
    const res = await callOp(completeOnboardingOperation, { as: active, body: body() });
    expect(res.status).toBe(409);
    expect(await prisma.consent.count({ where: { userId: active.id } })).toBe(0);
  });
});
