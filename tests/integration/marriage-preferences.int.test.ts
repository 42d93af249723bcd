// The "꼭" marriage preferences (lib/recommendations/marriage-rules.ts) against a real database: over
// generated members and preferences, a built week never violates a "꼭" in either direction, at any
// relax level — the weekly build and the top-up that fills short lists after it. The oracle below
// is written from the rule's words, not from the module, so a bug in the module cannot hide itself.
import { beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import { topUpRecommendations } from "@/lib/recommendations/top-up";
import { CHILDRENS, DRINKINGS, EDUCATIONS, MARITAL_HISTORIES, MARRIAGE_TIMINGS, RELIGIONS, SMOKINGS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";
import { createMember } from "../helpers/factories";
import { WEEK, recsOf, resetAll } from "../helpers/rec-fixtures";

beforeEach(resetAll);

type Gen = { gender: "M" | "F"; region: "서울" | "부산"; regions: ("서울" | "부산")[]; height: number | null; facts: Partial<MarriageFacts>; prefs: MarriagePrefs };

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const subset = <T extends string>(options: readonly T[]) => fc.subarray([...options], { maxLength: 2 });

const member: fc.Arbitrary<Gen> = fc
  .record({
    gender: fc.constantFrom("M" as const, "F" as const),
    region: fc.constantFrom("서울" as const, "부산" as const),
    regions: fc.constantFrom<("서울" | "부산")[]>([], ["서울"], ["부산"]),
    height: maybe(fc.integer({ min: 150, max: 190 })),
    facts: fc.record({
      education: maybe(fc.constantFrom(...EDUCATIONS)),
      religion: maybe(fc.constantFrom(...RELIGIONS)),
      smoking: maybe(fc.constantFrom(...SMOKINGS)),
      drinking: maybe(fc.constantFrom(...DRINKINGS)),
      maritalHistory: maybe(fc.constantFrom(...MARITAL_HISTORIES)),
      children: maybe(fc.constantFrom(...CHILDRENS)),
      marriageTiming: maybe(fc.constantFrom(...MARRIAGE_TIMINGS)),
    }),
    prefs: fc.record({
      religions: subset(RELIGIONS),
      smoking: subset(SMOKINGS),
      drinking: subset(DRINKINGS),
      maritalHistory: subset(MARITAL_HISTORIES),
      children: subset(CHILDRENS),
      minEducation: fc.option(fc.constantFrom(...EDUCATIONS), { nil: null, freq: 2 }),
      heightMin: fc.option(fc.integer({ min: 150, max: 175 }), { nil: null, freq: 2 }),
      heightMax: fc.constant(null as number | null),
      marriageTiming: subset(MARRIAGE_TIMINGS),
      mustFields: fc.subarray(["RELIGION", "SMOKING", "DRINKING", "MARITAL_HISTORY", "CHILDREN", "EDUCATION", "HEIGHT", "MARRIAGE_TIMING"] as const),
    }),
  })
  .map((m) => {
    const p = m.prefs;
    // "꼭" only on fields with a condition (the API refuses the rest)
    const set = { RELIGION: p.religions.length > 0, SMOKING: p.smoking.length > 0, DRINKING: p.drinking.length > 0, MARITAL_HISTORY: p.maritalHistory.length > 0, CHILDREN: p.children.length > 0, EDUCATION: p.minEducation !== null, HEIGHT: p.heightMin !== null, MARRIAGE_TIMING: p.marriageTiming.length > 0 };
    return { ...m, prefs: { ...p, heightMax: p.heightMin === null ? null : p.heightMin + 20, mustFields: p.mustFields.filter((f) => set[f]) } };
  });

/** The oracle: x's "꼭" preferences admit y — y answered each "꼭" field with an accepted value. */
function admitted(x: Gen, y: Gen): boolean {
  const p = x.prefs;
  const f = y.facts;
  const inList = <T>(list: readonly T[], v: T | null | undefined) => v !== null && v !== undefined && list.includes(v);
  for (const field of p.mustFields) {
    const ok =
      field === "RELIGION" ? inList(p.religions, f.religion)
      : field === "SMOKING" ? inList(p.smoking, f.smoking)
      : field === "DRINKING" ? inList(p.drinking, f.drinking)
      : field === "MARITAL_HISTORY" ? inList(p.maritalHistory, f.maritalHistory)
      : field === "CHILDREN" ? inList(p.children, f.children)
      : field === "MARRIAGE_TIMING" ? inList(p.marriageTiming, f.marriageTiming)
      : field === "EDUCATION" ? !!f.education && !!p.minEducation && EDUCATIONS.indexOf(f.education) >= EDUCATIONS.indexOf(p.minEducation)
      : y.height !== null && y.height >= (p.heightMin ?? 0) && y.height <= (p.heightMax ?? 999);
    if (!ok) return false;
  }
  return true;
}

describe("'꼭' marriage preferences in a built week", () => {
  it("are never violated in either direction, at any relax level, by the build or the top-up after it", async () => {
    const levels = new Set<number>();
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(member, { minLength: 6, maxLength: 12 }), async (gens) => {
        await resetAll();
        const byId = new Map<string, Gen>();
        for (const g of gens) {
          const u = await createMember({
            gender: g.gender, birthYear: 1992, ageMin: 28, ageMax: 40, region: g.region, regions: g.regions,
            height: g.height, marriage: g.facts, marriagePrefs: g.prefs,
          });
          byId.set(u.id, g);
        }
        await buildWeeklyRecommendations(WEEK);
        await topUpRecommendations({ week: WEEK, userIds: [...byId.keys()] });
        for (const r of await recsOf()) {
          const a = byId.get(r.userId)!;
          const b = byId.get(r.targetId)!;
          levels.add(r.relaxLevel);
          checked++;
          expect(admitted(a, b), `${r.userId} → ${r.targetId} at level ${r.relaxLevel}: the viewer's 꼭`).toBe(true);
          expect(admitted(b, a), `${r.userId} → ${r.targetId} at level ${r.relaxLevel}: the target's 꼭`).toBe(true);
        }
      }),
      { numRuns: 12, seed: 21 },
    );
    // the property was exercised: pairs were built, strict and relaxed
    expect(checked).toBeGreaterThan(20);
    expect(levels.has(0) && [...levels].some((l) => l > 0)).toBe(true);
  }, 240_000);

  it("lets a member who has not answered a field be recommended under another's '되도록' but never under a '꼭'", async () => {
    const soft = await createMember({ gender: "M", marriagePrefs: { religions: ["NONE"] } });
    const strict = await createMember({ gender: "M", marriagePrefs: { religions: ["NONE"], mustFields: ["RELIGION"] } });
    const unanswered = await createMember({ gender: "F" });
    await buildWeeklyRecommendations(WEEK);
    const recs = await recsOf();
    const pairs = new Set(recs.map((r) => `${r.userId}:${r.targetId}`));
    expect(pairs.has(`${soft.id}:${unanswered.id}`)).toBe(true);
    expect(pairs.has(`${strict.id}:${unanswered.id}`) || pairs.has(`${unanswered.id}:${strict.id}`)).toBe(false);
  });
});
