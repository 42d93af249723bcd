// Profile (PUT /api/profile), preferences (PUT /api/preferences) and GET /api/me: strict validation
// with Korean messages and nothing written on 422, gender/birth year fixed by onboarding, photos
// preserved by profile updates, and only ever the caller's own rows.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getMeOperation } from "@/lib/members/get-me";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { tableCounts } from "../helpers/member-state";

async function onboarded(gender: "M" | "F" = "F", birthDate = "1994-07-03") {
  const user = await createMember({ gender, withProfile: false });
  await prisma.user.update({ where: { id: user.id }, data: { birthDate: new Date(`${birthDate}T00:00:00Z`), gender } });
  return { user };
}

const profileBody = (o: Record<string, unknown> = {}) => ({
  nickname: "하늘바라기",
  height: 165,
  region: "서울",
  job: "초등학교 교사",
  intro: "주말에는 등산과 카페 투어를 즐겨요.",
  keywords: ["등산", "카페투어", "독서"],
  visibility: { age: true, height: true, region: true, job: false, intro: true, photos: true },
  ...o,
});

/** the marriage fields' visibility defaults (issue 21): shown, except the income band */
const MARRIAGE_VISIBILITY_DEFAULTS = {
  education: true, jobCategory: true, incomeBand: false, religion: true, smoking: true, drinking: true, maritalHistory: true, children: true, marriageTiming: true,
};

const prefBody = (o: Record<string, unknown> = {}) => ({ targetGender: "M", ageMin: 30, ageMax: 38, regions: ["서울", "경기"], keywords: ["운동"], ...o });

describe("PUT /api/profile", () => {
  it("creates then replaces the member's own profile, deriving gender and birth year from onboarding", async () => {
    const { user } = await onboarded("F", "1994-07-03");
    const res = await callOp(updateProfileOperation, { as: user, body: profileBody({ gender: "F", birthYear: 1994 }) });
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ nickname: "하늘바라기", gender: "F", birthYear: 1994, height: 165, region: "서울", keywords: ["등산", "카페투어", "독서"], photos: [] });
    expect(res.body.profile.visibility).toEqual({ age: true, height: true, region: true, job: false, intro: true, photos: true, ...MARRIAGE_VISIBILITY_DEFAULTS });

    const second = await callOp(updateProfileOperation, { as: user, body: { nickname: "새닉네임", region: "부산", visibility: { job: true } } });
    expect(second.status).toBe(200);
    const row = await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ nickname: "새닉네임", region: "부산", height: null, job: null, intro: null, keywords: [], gender: "F", birthYear: 1994 });
    // a partial visibility changes only the fields it names
    expect(row.visibility).toEqual({ age: true, height: true, region: true, job: true, intro: true, photos: true, ...MARRIAGE_VISIBILITY_DEFAULTS });
  });

  it("refuses a gender or birth year different from onboarding (422) and writes nothing", async () => {
    const { user } = await onboarded("M", "1988-01-15");
    await callOp(updateProfileOperation, { as: user, body: profileBody() });
    const before = await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } });
    const g = await callOp(updateProfileOperation, { as: user, body: profileBody({ gender: "F", nickname: "바뀐이름" }) });
    expect(g.status).toBe(422);
    expect(g.error?.fields?.gender[0]).toContain("바꿀 수 없어요");
    const y = await callOp(updateProfileOperation, { as: user, body: profileBody({ birthYear: 1999, nickname: "바뀐이름" }) });
    expect(y.status).toBe(422);
    expect(y.error?.fields?.birthYear).toBeDefined();
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
  });

  it("answers every kind of bad input with 422 and Korean field messages, writing nothing", async () => {
    const { user } = await onboarded();
    await callOp(updateProfileOperation, { as: user, body: profileBody() });
    const before = await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } });
    const counts = await tableCounts();
    const cases: [unknown, string][] = [
      [profileBody({ nickname: "가" }), "nickname"],
      [profileBody({ nickname: "가나다라마바사아자차카타파" }), "nickname"],
      [profileBody({ nickname: "이름 공백" }), "nickname"],
      [profileBody({ nickname: undefined }), "nickname"],
      [profileBody({ height: 139 }), "height"],
      [profileBody({ height: 211 }), "height"],
      [profileBody({ height: 170.5 }), "height"],
      [profileBody({ height: "170" }), "height"],
      [profileBody({ region: "뉴욕" }), "region"],
      [profileBody({ region: undefined }), "region"],
      [profileBody({ intro: "가".repeat(501) }), "intro"],
      [profileBody({ job: "가".repeat(31) }), "job"],
      [profileBody({ keywords: ["여행", "운동", "독서", "요리", "영화", "음악"] }), "keywords"],
      [profileBody({ keywords: ["없는키워드"] }), "keywords.0"],
      [profileBody({ keywords: "여행" }), "keywords"],
      [profileBody({ visibility: { age: "yes" } }), "visibility.age"],
      [profileBody({ visibility: { phone: true } }), "visibility"],
      [profileBody({ photos: ["photos/x.jpg"] }), "_"],
      [profileBody({ userId: randomUUID() }), "_"],
    ];
    for (const [input, field] of cases) {
      const res = await callOp(updateProfileOperation, { as: user, body: input });
      expect(res.status, JSON.stringify(input).slice(0, 120)).toBe(422);
      expect(res.error?.code).toBe("VALIDATION_FAILED");
      expect(res.error?.fields?.[field], `${field} in ${JSON.stringify(res.error?.fields)}`).toBeDefined();
      expect(res.error?.message).toMatch(/[가-힣]/);
    }
    expect((await callOp(updateProfileOperation, { as: user, rawBody: "nope", headers: { "content-type": "application/json" } })).status).toBe(422);
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });

  it("preserves the photos, which only the photo routes change, and shows each one's review state", async () => {
    const { user } = await onboarded();
    await callOp(updateProfileOperation, { as: user, body: profileBody() });
    const keys = [`photos/${user.id}/${randomUUID()}.jpg`, `photos/${user.id}/${randomUUID()}.png`];
    await prisma.photo.create({ data: { userId: user.id, key: keys[0], publicKey: `photos/${user.id}/public/a.jpg`, position: 0, status: "REJECTED", rejectReason: "FACE_NOT_VISIBLE" } });
    await prisma.photo.create({ data: { userId: user.id, key: keys[1], publicKey: `photos/${user.id}/public/b.jpg`, position: 1 } });
    const res = await callOp(updateProfileOperation, { as: user, body: profileBody({ nickname: "사진유지" }) });
    expect(res.status).toBe(200);
    expect(res.body.profile.photos.map((p: { key: string }) => p.key)).toEqual(keys);
    expect(res.body.profile.photos.map((p: { status: string; rejectReason: string | null }) => [p.status, p.rejectReason])).toEqual([["REJECTED", "FACE_NOT_VISIBLE"], ["PENDING", null]]);
    expect(res.body.profile.photos[0].url).toMatch(/^https?:\/\//);
    expect((await prisma.photo.findMany({ where: { userId: user.id }, orderBy: { position: "asc" } })).map((p) => p.key)).toEqual(keys);
  });

  it("only ever writes the caller's own profile, and onboarding members are refused", async () => {
    const other = await createMember();
    const otherBefore = await prisma.profile.findUniqueOrThrow({ where: { userId: other.id } });
    const { user } = await onboarded();
    expect((await callOp(updateProfileOperation, { as: user, body: profileBody({ nickname: "남의것" }) })).status).toBe(200);
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: other.id } })).toEqual(otherBefore);

    const newcomer = await createMember({ status: "ONBOARDING", withProfile: false });
    const res = await callOp(updateProfileOperation, { as: newcomer, body: profileBody() });
    expect(res.status).toBe(403);
    expect(await prisma.profile.count({ where: { userId: newcomer.id } })).toBe(0);
    expect((await callOp(updateProfileOperation, { body: profileBody() })).status).toBe(401);
  });
});

describe("PUT /api/preferences", () => {
  it("creates then replaces the member's preferences (empty regions = 전국, duplicates collapsed)", async () => {
    const { user } = await onboarded();
    const res = await callOp(updatePreferencesOperation, { as: user, body: prefBody() });
    expect(res.status).toBe(200);
    expect(res.body.preferences).toMatchObject({ targetGender: "M", ageMin: 30, ageMax: 38, regions: ["서울", "경기"], keywords: ["운동"] });
    const again = await callOp(updatePreferencesOperation, { as: user, body: { targetGender: "M", ageMin: 19, ageMax: 80, regions: [], keywords: ["여행", "여행"] } });
    expect(again.status).toBe(200);
    expect(await prisma.preference.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ ageMin: 19, ageMax: 80, regions: [], keywords: ["여행"] });
    const equal = await callOp(updatePreferencesOperation, { as: user, body: prefBody({ ageMin: 35, ageMax: 35 }) });
    expect(equal.status).toBe(200);
  });

  it("answers bad input with 422 and Korean messages, writing nothing", async () => {
    const { user } = await onboarded();
    await callOp(updatePreferencesOperation, { as: user, body: prefBody() });
    const before = await prisma.preference.findUniqueOrThrow({ where: { userId: user.id } });
    const counts = await tableCounts();
    const cases: [unknown, string][] = [
      [prefBody({ ageMin: 40, ageMax: 30 }), "ageMax"],
      [prefBody({ ageMin: 18 }), "ageMin"],
      [prefBody({ ageMax: 81 }), "ageMax"],
      [prefBody({ ageMin: 25.5 }), "ageMin"],
      [prefBody({ ageMin: "30" }), "ageMin"],
      [prefBody({ targetGender: undefined }), "targetGender"],
      [prefBody({ targetGender: "male" }), "targetGender"],
      [prefBody({ regions: ["서울", "도쿄"] }), "regions.1"],
      [prefBody({ keywords: ["여행", "운동", "독서", "요리", "영화", "음악"] }), "keywords"],
      [prefBody({ keywords: ["??"] }), "keywords.0"],
      [prefBody({ blocks: [] }), "_"],
    ];
    for (const [input, field] of cases) {
      const res = await callOp(updatePreferencesOperation, { as: user, body: input });
      expect(res.status, JSON.stringify(input)).toBe(422);
      expect(res.error?.fields?.[field], `${field} in ${JSON.stringify(res.error?.fields)}`).toBeDefined();
      expect(res.error?.message).toMatch(/[가-힣]/);
    }
    const reversed = await callOp(updatePreferencesOperation, { as: user, body: prefBody({ ageMin: 40, ageMax: 30 }) });
    expect(reversed.error?.message).toBe("최대 나이는 최소 나이와 같거나 더 많게 입력해 주세요.");
    expect(await prisma.preference.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe("GET /api/me", () => {
  it("returns user, profile with photo URLs, preferences, membership and status — and nothing of other members", async () => {
    const other = await createMember();
    await prisma.user.update({ where: { id: other.id }, data: { name: "다른회원카카오" } });
    const { user } = await onboarded("M", "1987-03-09");
    await callOp(updateProfileOperation, { as: user, body: profileBody({ nickname: "나의프로필" }) });
    await prisma.photo.create({ data: { userId: user.id, key: `photos/${user.id}/${randomUUID()}.webp`, publicKey: `photos/${user.id}/public/${randomUUID()}.jpg`, position: 0 } });
    await callOp(updatePreferencesOperation, { as: user, body: prefBody({ targetGender: "F" }) });
    const until = new Date("2027-01-31T15:00:00Z");
    await prisma.user.update({ where: { id: user.id }, data: { membershipTier: "PREMIUM", membershipExpiresAt: until } });

    const res = await callOp(getMeOperation, { as: user });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["account", "membership", "preferences", "profile", "status", "user"]);
    expect(res.body.user).toMatchObject({ id: user.id, role: "MEMBER", status: "ACTIVE" });
    expect(res.body.profile).toMatchObject({ nickname: "나의프로필", gender: "M", birthYear: 1987 });
    expect(res.body.profile!.photos).toHaveLength(1);
    expect(res.body.profile!.photos[0].url).toContain(encodeURIComponent(user.id).slice(0, 8));
    expect(res.body.preferences).toMatchObject({ targetGender: "F", ageMin: 30, ageMax: 38 });
    expect(res.body.membership).toEqual({ tier: "PREMIUM", expiresAt: until.toISOString() });
    expect(res.body.status).toBe("ACTIVE");
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain("다른회원카카오");
  });
});
