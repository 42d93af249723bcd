// The synthetic-member generator: deterministic, realistic distributions, self-consistent rows, fast.
import { describe, expect, it } from "vitest";
import { KEYWORDS, REGION_NEIGHBORS, REGIONS } from "@/lib/profiles/constants";
import { ageOf, generateMembers, SEED_KAKAO_BASE, seedUserId, type SyntheticMember } from "@/prisma/seed/members-generator";

const now = new Date("2026-11-22T03:00:00Z");
const DAY = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const share = (items: SyntheticMember[], test: (m: SyntheticMember) => boolean) => items.filter(test).length / items.length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const sample = generateMembers({ count: 20_000, seed: 42, now });
const onboarded = sample.filter((m) => m.profile && m.preference);

describe("constants", () => {
  it("lists the 17 시/도 in standard order and unique keywords", () => {
    expect(REGIONS).toEqual(["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]);
    expect(new Set(KEYWORDS).size).toBe(KEYWORDS.length);
    expect(Object.keys(REGION_NEIGHBORS)).toEqual([...REGIONS]);
    for (const [region, near] of Object.entries(REGION_NEIGHBORS)) for (const n of near) expect(n).not.toBe(region);
  });
});

describe("generateMembers", () => {
  it("is deterministic: the same seed gives the same members, another seed others", () => {
    const a = generateMembers({ count: 500, seed: 7, now });
    expect(generateMembers({ count: 500, seed: 7, now })).toEqual(a);
    const b = generateMembers({ count: 500, seed: 8, now });
    expect(b.map((m) => m.profile?.intro)).not.toEqual(a.map((m) => m.profile?.intro));
    // member i does not depend on how many are generated around it
    expect(generateMembers({ count: 100, seed: 7, startIndex: 200, now })).toEqual(a.slice(200, 300));
  });

  it("gives unique, stable ids and Kakao ids clear of the demo accounts", () => {
    const ids = sample.map((m) => m.user.id);
    expect(new Set(ids).size).toBe(sample.length);
    for (const id of ids.slice(0, 2000)) expect(id).toMatch(UUID);
    expect(sample[5].user.id).toBe(seedUserId(SEED_KAKAO_BASE + 5));
    const kakao = sample.flatMap((m) => (m.user.kakaoId ? [Number(m.user.kakaoId)] : []));
    expect(new Set(kakao).size).toBe(kakao.length);
    expect(Math.min(...kakao)).toBeGreaterThanOrEqual(SEED_KAKAO_BASE);
  });

  it("has realistic genders, ages, regions and heights", () => {
    expect(share(sample, (m) => m.user.gender === "M")).toBeGreaterThan(0.4);
    expect(share(sample, (m) => m.user.gender === "M")).toBeLessThan(0.6);
    const ages = onboarded.map((m) => ageOf(m.profile!.birthYear, now));
    expect(ages.filter((a) => a >= 25 && a <= 44).length / ages.length).toBeGreaterThan(0.95);
    // weighted to the late 80s / early 90s
    expect(onboarded.filter((m) => m.profile!.birthYear >= 1987 && m.profile!.birthYear <= 1996).length / onboarded.length).toBeGreaterThan(0.6);
    expect(onboarded.filter((m) => !REGIONS.includes(m.profile!.region))).toEqual([]);
    expect(share(onboarded, (m) => m.profile!.region === "서울" || m.profile!.region === "경기")).toBeGreaterThan(0.35);
    expect(share(onboarded, (m) => m.profile!.region === "세종")).toBeLessThan(0.03);
    const heights = (g: "M" | "F") => onboarded.filter((m) => m.user.gender === g).map((m) => m.profile!.height);
    expect(mean(heights("M"))).toBeGreaterThan(170);
    expect(mean(heights("M"))).toBeLessThan(178);
    expect(mean(heights("F"))).toBeGreaterThan(158);
    expect(mean(heights("F"))).toBeLessThan(165);
    expect(onboarded.filter((m) => m.profile!.birthYear !== m.user.birthDate!.getUTCFullYear())).toEqual([]);
  });

  it("writes Korean nicknames, natural one- or two-sentence intros and 2–5 keywords", () => {
    const bad = onboarded.filter(({ user, profile: p }) => {
      const sentences = p!.intro.match(/[.!?](\s|$)/g)?.length ?? 0;
      return (
        // a nickname, not a person's name: never the (Kakao) name nor its given-name part
        !/^[가-힣]{3,8}$/.test(p!.nickname) ||
        !user.name ||
        p!.nickname.includes(user.name.slice(1)) ||
        !/^[가-힣0-9 ,.!?()]+[.!?]$/.test(p!.intro) ||
        sentences < 1 ||
        sentences > 2 ||
        p!.keywords.length < 2 ||
        p!.keywords.length > 5 ||
        new Set(p!.keywords).size !== p!.keywords.length ||
        !p!.keywords.every((k) => KEYWORDS.includes(k)) ||
        !p!.job
      );
    });
    expect(bad.map((m) => m.profile)).toEqual([]);
    expect(new Set(onboarded.map((m) => m.profile!.intro)).size).toBeGreaterThan(1000);
    // varied enough that a member rarely sees the same nickname twice in a week's list
    expect(new Set(onboarded.map((m) => m.profile!.nickname)).size).toBeGreaterThan(Math.min(900, onboarded.length * 0.3));
  });

  it("gives every preference the opposite gender, a sane age range and valid regions and keywords", () => {
    const bad = onboarded.filter((m) => {
      const pref = m.preference!;
      const age = ageOf(m.profile!.birthYear, now);
      return (
        pref.targetGender !== (m.user.gender === "M" ? "F" : "M") ||
        pref.ageMin > pref.ageMax ||
        pref.ageMin < 20 ||
        pref.ageMax > 60 ||
        pref.ageMin > age ||
        pref.ageMax < age ||
        !pref.regions.every((r) => REGIONS.includes(r)) ||
        (pref.regions.length > 0 && pref.regions[0] !== m.profile!.region) ||
        pref.keywords.length < 1 ||
        pref.keywords.length > 3 ||
        new Set(pref.keywords).size !== pref.keywords.length ||
        !pref.keywords.every((k) => KEYWORDS.includes(k))
      );
    });
    expect(bad.map((m) => m.preference)).toEqual([]);
    // men look the same age or younger, women the same age or older
    const offset = (g: "M" | "F", f: (m: SyntheticMember) => number) => mean(onboarded.filter((m) => m.user.gender === g).map(f));
    const below = (m: SyntheticMember) => ageOf(m.profile!.birthYear, now) - m.preference!.ageMin;
    const above = (m: SyntheticMember) => m.preference!.ageMax - ageOf(m.profile!.birthYear, now);
    expect(offset("M", below)).toBeGreaterThan(offset("F", below) + 2);
    expect(offset("F", above)).toBeGreaterThan(offset("M", above) + 2);
    const anywhere = share(onboarded, (m) => m.preference!.regions.length === 0);
    expect(anywhere).toBeGreaterThan(0.15);
    expect(anywhere).toBeLessThan(0.35);
  });

  it("mixes statuses like a live service, each row consistent with its status", () => {
    expect(share(sample, (m) => m.user.status === "ACTIVE")).toBeGreaterThan(0.6);
    for (const s of ["MATCHING", "ONBOARDING", "BANNED", "WITHDRAWN"] as const) {
      expect(share(sample, (m) => m.user.status === s)).toBeGreaterThan(0.01);
      expect(share(sample, (m) => m.user.status === s)).toBeLessThan(0.15);
    }
    const bad = sample.filter(({ user, profile, preference }) => {
      const hasProfile = user.status !== "ONBOARDING" && user.status !== "WITHDRAWN";
      return (
        Boolean(profile) !== hasProfile ||
        Boolean(preference) !== hasProfile ||
        (user.onboardedAt === null) !== (user.status === "ONBOARDING") ||
        (user.kakaoId === null) !== (user.status === "WITHDRAWN") ||
        (user.deletedAt !== null) !== (user.status === "WITHDRAWN") ||
        (user.bannedAt !== null && user.banReason !== null) !== (user.status === "BANNED") ||
        (user.membershipTier !== "FREE" && !(user.membershipExpiresAt!.getTime() > now.getTime()))
      );
    });
    expect(bad.map((m) => m.user)).toEqual([]);
  });

  it("spreads sign-ups over the last year with some new members, most recently active", () => {
    const t = now.getTime();
    const bad = sample.filter(({ user }) => {
      const created = user.createdAt.getTime();
      return (
        created <= t - 366 * DAY ||
        created > t ||
        user.lastActiveAt.getTime() < created ||
        user.lastActiveAt.getTime() > t ||
        (user.onboardedAt !== null && user.onboardedAt.getTime() < created)
      );
    });
    expect(bad.map((m) => m.user)).toEqual([]);
    const recent = share(sample, (m) => m.user.createdAt.getTime() > now.getTime() - 14 * DAY);
    expect(recent).toBeGreaterThan(0.05);
    expect(recent).toBeLessThan(0.25);
    const live = sample.filter((m) => m.user.status === "ACTIVE" || m.user.status === "MATCHING");
    expect(share(live, (m) => m.user.lastActiveAt.getTime() > now.getTime() - 7 * DAY)).toBeGreaterThan(0.5);
  });

  it("generates 100,000 members quickly", () => {
    const started = performance.now();
    const members = generateMembers({ count: 100_000, seed: 1, now });
    const ms = performance.now() - started;
    console.log(`generateMembers: 100,000 members in ${ms.toFixed(0)} ms`);
    expect(members).toHaveLength(100_000);
    expect(members[99_999].user.kakaoId ?? members[99_999].seedKey).toBe(String(SEED_KAKAO_BASE + 99_999));
  }, 60_000); // the time is reported, not asserted: a loaded CI machine must not fail it
});

describe("fake PII of the seed", () => {
  it("gives every seeded member its own phone number (User.phoneHash is unique)", async () => {
    const { fakePhone } = await import("@/prisma/seed/fake-pii");
    const { DEMO_ACCOUNTS } = await import("@/dev/demo-accounts");
    const keys = [...DEMO_ACCOUNTS.map((a) => a.kakaoId), ...generateMembers({ count: 20_000, seed: 1, now }).map((m) => m.seedKey)];
    const phones = keys.map(fakePhone);
    expect(new Set(phones).size).toBe(keys.length);
    expect(phones.every((p) => /^0100\d{7}$/.test(p))).toBe(true);
  });
});
