// The demo seed: an empty database gets the admin, the demo accounts and 200 generated members;
// seeding again writes nothing; the demo pairs are mutually compatible for the end-to-end flow.
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_ADMIN_KAKAO_ID } from "@/dev/demo-accounts";
import { blindIndex, decryptPii } from "@/lib/crypto/pii";
import { prisma } from "@/lib/db";
import { REGIONS } from "@/lib/profiles/constants";
import { DEFAULT_SEED_COUNT, SEED, seedDatabase } from "@/prisma/seed";
import { ageOf, generateMembers } from "@/prisma/seed/members-generator";

const DAY = 86_400_000;
const demoMembers = DEMO_ACCOUNTS.filter((a) => a.kind !== "admin");

/** row counts plus a digest of every seeded table's full contents */
async function snapshot() {
  const digest = async (table: string, order: string) => {
    const rows = await prisma.$queryRawUnsafe<{ d: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY ${order})) AS d FROM "${table}" t`);
    return rows[0].d;
  };
  return {
    users: await prisma.user.count(),
    profiles: await prisma.profile.count(),
    preferences: await prisma.preference.count(),
    consents: await prisma.consent.count(),
    digests: [
      await digest("User", `"id"`),
      await digest("Profile", `"userId"`),
      await digest("Preference", `"userId"`),
      await digest("Consent", `"id"`),
    ],
  };
}

function ages(p: { birthYear: number }, pref: { ageMin: number; ageMax: number }) {
  const age = ageOf(p.birthYear, new Date());
  return age >= pref.ageMin && age <= pref.ageMax;
}

describe("seedDatabase", () => {
  it("seeds an empty database: the admin, the demo accounts and the generated members", async () => {
    expect(await prisma.user.count()).toBe(0);
    const now = new Date();
    const result = await seedDatabase(prisma, { now });
    expect(result).toEqual({ created: DEMO_ACCOUNTS.length + DEFAULT_SEED_COUNT, skipped: false });

    // the bulk insert round-trips every generated value exactly (dates in UTC, arrays, JSON)
    for (const m of generateMembers({ count: DEFAULT_SEED_COUNT, seed: SEED, now }).filter((m) => m.profile).slice(0, 25)) {
      const row = await prisma.user.findUniqueOrThrow({ where: { id: m.user.id }, include: { profile: true, preference: true } });
      expect(row).toMatchObject({ ...m.user, role: "MEMBER" });
      // the marriage profile and preferences (issue 21) are columns of the same rows
      const { marriage: facts, ...profile } = m.profile!;
      const { marriage: prefs, ...preference } = m.preference!;
      expect(row.profile).toEqual({ ...profile, ...facts });
      expect(row.preference).toEqual({ ...preference, ...prefs });
    }

    const admin = await prisma.user.findUniqueOrThrow({ where: { kakaoId: DEMO_ADMIN_KAKAO_ID }, include: { profile: true } });
    expect(admin).toMatchObject({ role: "ADMIN", status: "ACTIVE", profile: null });

    for (const account of demoMembers) {
      const u = await prisma.user.findUniqueOrThrow({ where: { kakaoId: account.kakaoId }, include: { profile: true, preference: true, consents: true } });
      expect(u.role).toBe("MEMBER");
      expect(u.status).toBe(account.kind === "banned" ? "BANNED" : "ACTIVE");
      expect(u.gender).toBe(account.gender);
      expect(u.profile).toMatchObject({ nickname: account.profileNickname ?? account.nickname, gender: account.gender });
      expect(u.preference?.targetGender).toBe(account.gender === "M" ? "F" : "M");
      expect(u.consents).toHaveLength(1);
      if (account.kind === "banned") {
        expect(u.bannedAt).toBeInstanceOf(Date);
        expect(u.banReason).toBeTruthy();
      }
    }

    // withdrawn members have no Kakao id any more
    const demoIds = DEMO_ACCOUNTS.map((a) => a.kakaoId);
    const generated = await prisma.user.findMany({ where: { OR: [{ kakaoId: null }, { kakaoId: { notIn: demoIds } }] }, include: { profile: true } });
    expect(generated).toHaveLength(DEFAULT_SEED_COUNT);
    const byStatus: Partial<Record<string, typeof generated>> = {};
    for (const u of generated) (byStatus[u.status] ??= []).push(u);
    expect(byStatus.ACTIVE!.length).toBeGreaterThan(DEFAULT_SEED_COUNT * 0.6);
    expect(byStatus.MATCHING?.length).toBeGreaterThan(0);
    expect(byStatus.ONBOARDING?.length).toBeGreaterThan(0);
    expect((byStatus.BANNED?.length ?? 0) + (byStatus.WITHDRAWN?.length ?? 0)).toBeGreaterThan(0);
    for (const u of byStatus.ONBOARDING!) expect(u.profile).toBeNull();
    for (const u of byStatus.WITHDRAWN ?? []) expect(u).toMatchObject({ kakaoId: null, profile: null, deletedAt: expect.any(Date) });
    for (const u of byStatus.ACTIVE!) expect(REGIONS).toContain(u.profile!.region);
    const newcomers = generated.filter((u) => u.createdAt.getTime() > Date.now() - 14 * DAY);
    expect(newcomers.length).toBeGreaterThan(0);

    // PII as onboarding stores it (prisma/seed/fake-pii.ts): encrypted, only for onboarded, non-withdrawn members
    const pii = await prisma.$queryRaw<{ status: string; onboardedAt: Date | null; realNameEnc: string | null; phoneEnc: string | null; phoneHash: string | null }[]>`
      SELECT status::text, "onboardedAt", "realNameEnc", "phoneEnc", "phoneHash" FROM "User"`;
    for (const u of pii) {
      const expected = u.onboardedAt !== null && u.status !== "WITHDRAWN";
      expect(u.phoneEnc !== null, u.status).toBe(expected);
      expect(u.realNameEnc !== null).toBe(expected);
      if (!u.phoneEnc) continue;
      const phone = decryptPii(u.phoneEnc);
      expect(phone).toMatch(/^0100\d{7}$/);
      expect(u.phoneEnc).not.toContain(phone.slice(3));
      expect(u.phoneHash).toBe(blindIndex(phone));
      expect(decryptPii(u.realNameEnc!)).toMatch(/^[가-힣]{2,5}$/);
    }
  });

  it("changes nothing when run again, even at a later time", async () => {
    const before = await snapshot();
    expect(await seedDatabase(prisma)).toEqual({ created: 0, skipped: true });
    expect(await seedDatabase(prisma, { now: new Date(Date.now() + 3 * DAY) })).toEqual({ created: 0, skipped: true });
    expect(await snapshot()).toEqual(before);
  });

  it("makes the demo pairs mutually compatible", async () => {
    const rows = await prisma.user.findMany({
      where: { kakaoId: { in: demoMembers.map((a) => a.kakaoId) } },
      select: { kakaoId: true, gender: true, status: true, profile: true, preference: true },
    });
    const byKakao = new Map(rows.map((r) => [r.kakaoId, r]));
    for (const [a, b] of [["900000001", "900000002"], ["900000003", "900000004"], ["900000005", "900000006"]]) {
      const x = byKakao.get(a)!;
      const y = byKakao.get(b)!;
      for (const [me, other] of [[x, y], [y, x]]) {
        expect(me.status).toBe("ACTIVE");
        expect(me.preference!.targetGender).toBe(other.gender);
        expect(ages(other.profile!, me.preference!), `${a}/${b} ages`).toBe(true);
        expect(me.preference!.regions).toContain(other.profile!.region);
        expect(me.profile!.keywords.filter((k) => other.profile!.keywords.includes(k)).length).toBeGreaterThanOrEqual(2);
        expect(me.preference!.keywords.some((k) => other.profile!.keywords.includes(k))).toBe(true);
      }
    }
    expect(byKakao.get("900000001")!.profile!.region).toBe("서울");
    expect(byKakao.get("900000002")!.profile!.region).toBe("서울");
  });

  it("completes a demo account that signed in before the seed, and adds members when the count grows", async () => {
    // 지우 signs in (Kakao) before any seed: her own row, a random id, still ONBOARDING
    await prisma.user.delete({ where: { kakaoId: "900000004" } });
    const early = await prisma.user.create({ data: { kakaoId: "900000004", name: "지우", status: "ONBOARDING" } });
    const users = await prisma.user.count();

    expect(await seedDatabase(prisma)).toEqual({ created: 0, skipped: false });
    const jiwoo = await prisma.user.findUniqueOrThrow({ where: { kakaoId: "900000004" }, include: { profile: true, preference: true } });
    expect(jiwoo).toMatchObject({ id: early.id, status: "ACTIVE", gender: "F", onboardedAt: expect.any(Date) });
    expect(jiwoo.profile).toMatchObject({ nickname: "요리하는지우", region: "경기" });
    expect(jiwoo.preference).toMatchObject({ targetGender: "M" });
    expect(await prisma.user.count()).toBe(users);

    expect(await seedDatabase(prisma, { count: DEFAULT_SEED_COUNT + 50 })).toEqual({ created: 50, skipped: false });
    expect(await seedDatabase(prisma, { count: DEFAULT_SEED_COUNT + 50 })).toEqual({ created: 0, skipped: true });
    expect(await prisma.user.count()).toBe(users + 50);
  });
});
