// The marriage profile through the API (issue 21): the fields and preferences round-trip through
// PUT /api/profile, PUT /api/preferences and GET /api/me; a hidden field (the income band by default)
// never reaches another member — not in a card's profile, not in its reasons; the cards say in words
// why two members were introduced; GET /api/recommendations/conditions names the unanswered fields
// and the "꼭" that narrows most; the admin candidates apply the same "꼭" rule.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getMeOperation } from "@/lib/members/get-me";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { getMatchConditions, getMatchConditionsOperation } from "@/lib/member-recommendations/get-match-conditions";
import { missingSteps } from "@/lib/member-recommendations/missing-steps";
import { listCandidatesOperation } from "@/lib/admin/list-candidates";
import { listUsersOperation } from "@/lib/admin/list-users";
import { exportUsersCsvOperation } from "@/lib/admin/export-users-csv";
import { getUserDetailOperation } from "@/lib/admin/get-user-detail";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import { currentWeek } from "@/lib/core/week";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { resetAll } from "../helpers/rec-fixtures";

const facts = {
  education: "BACHELOR", jobCategory: "EDUCATION", incomeBand: "FROM_50M", religion: "CATHOLIC", smoking: "NON_SMOKER",
  drinking: "SOMETIMES", maritalHistory: "FIRST", children: "NONE", marriageTiming: "WITHIN_YEAR",
} as const;

async function onboarded(gender: "M" | "F", birthDate = "1993-05-01") {
  const user = await createMember({ gender, withProfile: false });
  await prisma.user.update({ where: { id: user.id }, data: { birthDate: new Date(`${birthDate}T00:00:00Z`), gender } });
  return user;
}

describe("the marriage profile through the API", () => {
  it("round-trips every field and preference, income hidden by default, and '' clears an answer", async () => {
    const me = await onboarded("F");
    const saved = await callOp(updateProfileOperation, { as: me, body: { nickname: "봄날", region: "서울", keywords: [], ...facts } });
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject(facts);
    expect(saved.body.profile.visibility).toMatchObject({ incomeBand: false, religion: true, education: true });

    const prefs = {
      targetGender: "M", ageMin: 30, ageMax: 40, religions: ["CATHOLIC", "NONE"], smoking: ["NON_SMOKER"], drinking: [], maritalHistory: ["FIRST"],
      children: ["NONE"], minEducation: "BACHELOR", heightMin: 172, heightMax: 185, marriageTiming: ["WITHIN_YEAR", "ONE_TO_TWO_YEARS"], mustFields: ["SMOKING", "MARITAL_HISTORY"],
    };
    const p = await callOp(updatePreferencesOperation, { as: me, body: prefs });
    expect(p.status).toBe(200);
    const { targetGender, ...rest } = prefs;
    expect(p.body.preferences.targetGender).toBe(targetGender);
    expect(p.body.preferences).toMatchObject(rest);
    const row = await prisma.preference.findUniqueOrThrow({ where: { userId: me.id } });
    expect(row.mustFields).toEqual(["SMOKING", "MARITAL_HISTORY"]);

    const mine = await callOp(getMeOperation, { as: me });
    expect(mine.body).toMatchObject({ profile: facts, preferences: { minEducation: "BACHELOR", heightMin: 172 } });

    const cleared = await callOp(updateProfileOperation, { as: me, body: { nickname: "봄날", region: "서울", ...facts, religion: "" } });
    expect(cleared.body.profile.religion).toBeNull();
  });

  it("refuses a '꼭' on a field with no condition and a value outside the fixed list, writing nothing", async () => {
    const me = await onboarded("F");
    const bad = await callOp(updatePreferencesOperation, { as: me, body: { targetGender: "M", ageMin: 30, ageMax: 40, mustFields: ["RELIGION"] } });
    expect(bad.status).toBe(422);
    expect(bad.error?.message).toContain("종교");
    const odd = await callOp(updateProfileOperation, { as: me, body: { nickname: "봄날", region: "서울", religion: "JEDI" } });
    expect(odd.status).toBe(422);
    expect(await prisma.preference.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.profile.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("what another member sees", () => {
  it("never shows a hidden field in the card's profile or reasons, and explains the card in words", async () => {
    const viewer = await createMember({
      gender: "M", birthYear: 1991, height: 178, marriage: { religion: "CATHOLIC", smoking: "NON_SMOKER", marriageTiming: "WITHIN_YEAR", incomeBand: "OVER_100M" },
      marriagePrefs: { religions: ["CATHOLIC"], smoking: ["NON_SMOKER"], marriageTiming: ["WITHIN_YEAR"] },
    });
    // the same answers; she hides her religion (and her income, as by default)
    const target = await createMember({
      gender: "F", birthYear: 1993, height: 163, visibility: { religion: false },
      marriage: { religion: "CATHOLIC", smoking: "NON_SMOKER", marriageTiming: "WITHIN_YEAR", incomeBand: "FROM_70M", education: "MASTER" },
      marriagePrefs: { religions: ["CATHOLIC"], smoking: ["NON_SMOKER"], marriageTiming: ["WITHIN_YEAR"] },
    });
    const week = currentWeek();
    await buildWeeklyRecommendations(week);
    const res = await callOp(listMemberRecommendationsOperation, { as: viewer, query: { week } });
    const card = res.body.items.find((i) => i.profile.userId === target.id)!;
    expect(card).toBeDefined();
    expect(card.profile).toMatchObject({ religion: null, incomeBand: null, smoking: "NON_SMOKER", marriageTiming: "WITHIN_YEAR", education: "MASTER" });
    expect(JSON.stringify(res.body)).not.toContain("FROM_70M");
    expect(JSON.stringify(res.body)).not.toContain("CATHOLIC");
    expect(card.reasons).toContain("둘 다 비흡연");
    expect(card.reasons).toContain("결혼 시기가 비슷해요");
    expect(card.reasons.join(" ")).not.toMatch(/종교|무교/);

    // she sees his religion (he shows it): the same agreement is a reason on her card
    const hers = await callOp(listMemberRecommendationsOperation, { as: target, query: { week } });
    const his = hers.body.items.find((i) => i.profile.userId === viewer.id)!;
    expect(his.profile.religion).toBe("CATHOLIC");
    expect(his.profile.incomeBand).toBeNull();
    expect(his.reasons).toContain("같은 종교");
  });
});

describe("GET /api/recommendations/conditions", () => {
  it("names the unanswered fields and the '꼭' that leaves the fewest candidates", async () => {
    await resetAll();
    const me = await createMember({
      gender: "M", birthYear: 1991, marriage: { religion: "NONE", smoking: "NON_SMOKER" },
      marriagePrefs: { religions: ["BUDDHIST"], smoking: ["NON_SMOKER"], mustFields: ["RELIGION", "SMOKING"] },
    });
    for (let i = 0; i < 4; i++) await createMember({ gender: "F", birthYear: 1993, marriage: { religion: "NONE", smoking: "NON_SMOKER" } });
    await createMember({ gender: "F", birthYear: 1993, marriage: { religion: "BUDDHIST", smoking: "NON_SMOKER" } });
    const res = await callOp(getMatchConditionsOperation, { as: me });
    expect(res.status).toBe(200);
    expect(res.body.missingProfileFields).toContain("학력");
    expect(res.body.missingProfileFields).not.toContain("종교");
    expect(res.body.strict).toEqual({ candidates: 5, admitted: 1, few: true, narrowest: { field: "RELIGION", label: "종교", excluded: 4 } });
  });
});

describe("an empty list's words (issue 23)", () => {
  it("counts who fits at once when asked: nobody with a narrow '꼭' or age range, and which to widen", async () => {
    await resetAll();
    const me = await createMember({ gender: "M", birthYear: 1991, ageMin: 30, ageMax: 36, marriagePrefs: { religions: ["BUDDHIST"], mustFields: ["RELIGION"] } });
    for (let i = 0; i < 3; i++) await createMember({ gender: "F", birthYear: 1993, marriage: { religion: "NONE" } });
    const strict = await getMatchConditions({ actor: { userId: me.id, role: "MEMBER", status: "ACTIVE" } as never, countPool: true });
    expect(strict.reach).toEqual({ candidates: 3, admitted: 0, ageMin: 30, ageMax: 36 });
    expect(strict.strict?.narrowest?.label).toBe("종교");

    // no '꼭' at all: not counted unless the page asks (the empty list); an age range nobody is in
    const lonely = await createMember({ gender: "M", birthYear: 1991, ageMin: 60, ageMax: 61 });
    const actor = { userId: lonely.id, role: "MEMBER", status: "ACTIVE" } as never;
    expect((await getMatchConditions({ actor })).reach).toBeNull();
    expect((await getMatchConditions({ actor, countPool: true })).reach).toEqual({ candidates: 0, admitted: 0, ageMin: 60, ageMax: 61 });
    const open = await createMember({ gender: "M", birthYear: 1991 });
    expect((await getMatchConditions({ actor: { userId: open.id, role: "MEMBER", status: "ACTIVE" } as never, countPool: true })).reach?.admitted).toBe(3);
  });

  it("names only the steps that are missing", async () => {
    const ready = await createMember();
    expect(await missingSteps(ready.id)).toEqual([]);
    const noPhoto = await createMember({ approvedPhoto: false });
    expect(await missingSteps(noPhoto.id)).toEqual(["PHOTO_NONE"]);
    await prisma.photo.create({ data: { userId: noPhoto.id, key: `photos/${noPhoto.id}/a.jpg`, publicKey: `photos/${noPhoto.id}/public/a.jpg`, position: 0 } });
    expect(await missingSteps(noPhoto.id)).toEqual(["PHOTO_PENDING"]);
    await prisma.photo.updateMany({ where: { userId: noPhoto.id }, data: { status: "REJECTED", rejectReason: "FACE_NOT_VISIBLE" } });
    expect(await missingSteps(noPhoto.id)).toEqual(["PHOTO_REJECTED"]);
    const bare = await createMember({ withProfile: false });
    expect(await missingSteps(bare.id)).toEqual(["PROFILE", "PREFERENCES", "PHOTO_NONE"]);
    await prisma.preference.create({ data: { userId: bare.id, targetGender: "F", ageMin: 30, ageMax: 40 } });
    expect(await missingSteps(bare.id)).toEqual(["PROFILE", "PHOTO_NONE"]);
  });
});

describe("admin candidates", () => {
  it("apply the same '꼭' rule both ways", async () => {
    await resetAll();
    const admin = await createMember({ role: "ADMIN", withProfile: false });
    const me = await createMember({ gender: "M", birthYear: 1991, marriage: { smoking: "SMOKER" }, marriagePrefs: { maritalHistory: ["FIRST"], mustFields: ["MARITAL_HISTORY"] } });
    const ok = await createMember({ gender: "F", birthYear: 1993, marriage: { maritalHistory: "FIRST" } });
    const remarried = await createMember({ gender: "F", birthYear: 1993, marriage: { maritalHistory: "REMARRIAGE" } });
    const unanswered = await createMember({ gender: "F", birthYear: 1993 });
    const noSmokers = await createMember({ gender: "F", birthYear: 1993, marriage: { maritalHistory: "FIRST" }, marriagePrefs: { smoking: ["NON_SMOKER"], mustFields: ["SMOKING"] } });
    const res = await callOp(listCandidatesOperation, { as: admin, params: { id: me.id } });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i) => i.id);
    expect(ids).toContain(ok.id);
    for (const out of [remarried.id, unanswered.id, noSmokers.id]) expect(ids).not.toContain(out);
  });
});

describe("admin member list, CSV and detail", () => {
  it("filter by the marriage fields and carry them in words; the income band only on the detail", async () => {
    await resetAll();
    const admin = await createMember({ role: "ADMIN", withProfile: false });
    const buddhist = await createMember({ gender: "F", marriage: { religion: "BUDDHIST", smoking: "NON_SMOKER", incomeBand: "OVER_100M" } });
    await createMember({ gender: "F", marriage: { religion: "NONE", incomeBand: "OVER_100M" } });
    const list = await callOp(listUsersOperation, { as: admin, query: { religion: "BUDDHIST" } });
    expect(list.body.items.map((i) => i.id)).toEqual([buddhist.id]);
    expect(list.body.items[0]).toMatchObject({ religion: "BUDDHIST", smoking: "NON_SMOKER" });
    expect(JSON.stringify(list.body)).not.toContain("OVER_100M");

    const csv = await callOp(exportUsersCsvOperation, { as: admin, query: { religion: "BUDDHIST" } });
    const lines = new TextDecoder().decode(csv.bytes.slice(3)).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",불교,비흡연,");
    expect(lines.join("\n")).not.toMatch(/소득|1억/);

    const detail = await callOp(getUserDetailOperation, { as: admin, params: { id: buddhist.id } });
    expect(detail.body.profile).toMatchObject({ incomeBand: "OVER_100M", religion: "BUDDHIST" });
  });
});
