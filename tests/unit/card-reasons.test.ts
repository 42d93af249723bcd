// The cards' reasons in words (lib/recommendations/card-reasons.ts): over generated pairs and
// visibilities, a reason never speaks of a field the target hides, and agreeing "되도록" answers
// become the words ("같은 종교", "둘 다 비흡연", "결혼 시기가 비슷해요").
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cardReasons } from "@/lib/recommendations/card-reasons";
import { priorWeights, type ScoreMember } from "@/lib/recommendations/score";
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS, RELIGIONS, SMOKINGS, DRINKINGS, MARITAL_HISTORIES, CHILDRENS, EDUCATIONS, MARRIAGE_TIMINGS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";

const YEAR = 2026;
const stats = { joinedAt: new Date(0), lastActiveAt: null, shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0, reportsReceived: 0 };
// different keywords and regions, so only the marriage terms can be reasons
const member = (gender: "M" | "F", facts: Partial<MarriageFacts>, prefs: Partial<MarriagePrefs>, height: number | null = 170): ScoreMember => ({
  profile: { gender, birthYear: 1992, region: gender === "M" ? "서울" : "부산", keywords: [gender === "M" ? "여행" : "요리"], height, marriage: { ...NO_MARRIAGE_FACTS, ...facts } },
  preference: { targetGender: gender === "M" ? "F" : "M", ageMin: 28, ageMax: 40, regions: [], keywords: ["여행"], marriage: { ...NO_MARRIAGE_PREFS, ...prefs } },
  stats,
});

/** the words each field's reasons use */
const WORDS: Record<string, RegExp> = {
  religion: /종교|무교/, smoking: /흡연/, drinking: /음주/, maritalHistory: /초혼|재혼|결혼 경험/, children: /자녀/,
  education: /학력/, height: /키/, marriageTiming: /결혼 시기/, region: /지역/,
};

const facts = fc.record({
  religion: fc.option(fc.constantFrom(...RELIGIONS), { nil: null }), smoking: fc.option(fc.constantFrom(...SMOKINGS), { nil: null }),
  drinking: fc.option(fc.constantFrom(...DRINKINGS), { nil: null }), maritalHistory: fc.option(fc.constantFrom(...MARITAL_HISTORIES), { nil: null }),
  children: fc.option(fc.constantFrom(...CHILDRENS), { nil: null }), education: fc.option(fc.constantFrom(...EDUCATIONS), { nil: null }),
  marriageTiming: fc.option(fc.constantFrom(...MARRIAGE_TIMINGS), { nil: null }),
});
const prefs = fc.record({
  religions: fc.subarray([...RELIGIONS]), smoking: fc.subarray([...SMOKINGS]), drinking: fc.subarray([...DRINKINGS]),
  maritalHistory: fc.subarray([...MARITAL_HISTORIES]), children: fc.subarray([...CHILDRENS]), minEducation: fc.option(fc.constantFrom(...EDUCATIONS), { nil: null }),
  heightMin: fc.option(fc.constant(160), { nil: null }), heightMax: fc.option(fc.constant(185), { nil: null }), marriageTiming: fc.subarray([...MARRIAGE_TIMINGS]),
});
const visibility = fc.record(Object.fromEntries([...Object.keys(WORDS), "age", "job", "intro", "photos", "incomeBand", "jobCategory"].map((k) => [k, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>);

describe("cardReasons", () => {
  it("never speaks of a field the target hides", () => {
    fc.assert(
      fc.property(facts, prefs, facts, prefs, visibility, (fa, pa, fb, pb, vis) => {
        const reasons = cardReasons(member("M", fa, pa), member("F", fb, pb, 165), vis, priorWeights(0.1), YEAR).join(" ");
        for (const [field, words] of Object.entries(WORDS)) if (!vis[field]) expect(reasons).not.toMatch(words);
      }),
      { numRuns: 400, seed: 21 },
    );
  });

  it("says what two members agree on, in the issue's words", () => {
    const both = { religion: "CATHOLIC", smoking: "NON_SMOKER", marriageTiming: "WITHIN_YEAR" } as const;
    const wants = { religions: ["CATHOLIC" as const], smoking: ["NON_SMOKER" as const], marriageTiming: ["WITHIN_YEAR" as const] };
    const all = { religion: true, smoking: true, marriageTiming: true, region: true };
    const reasons = cardReasons(member("M", both, wants), member("F", both, wants), all, priorWeights(0.1), YEAR);
    expect(reasons).toEqual(expect.arrayContaining(["같은 종교", "둘 다 비흡연", "결혼 시기가 비슷해요"]));
    expect(reasons.length).toBeLessThanOrEqual(3);
    // nothing stated, nothing agreed: no marriage words
    expect(cardReasons(member("M", {}, {}), member("F", {}, {}), all, priorWeights(0.1), YEAR).join(" ")).not.toMatch(/종교|흡연|결혼/);
  });
});
