// Issue 24 part 5, "every place that proposes a partner uses the same rules": on generated pools
// (fast-check: genders, ages and age ranges, regions and region lists, "꼭" marriage preferences,
// and a random pair history — blocks/matches/passes, likes of any week, exposures of every age), the
// weekly build's strict (level 0) candidate set, as its search computes it on columns
// (CandidateIndex.strictCandidates), equals the set the shared rule admits (pair-rules.ts
// strictlyProposable, what the admin candidate list applies through lib/admin/candidate-scoring.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CandidateIndex } from "@/lib/recommendations/candidate-index";
import type { Pool } from "@/lib/recommendations/load-pool";
import { PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "@/lib/recommendations/pair-codes";
import { historyExcludes } from "@/lib/recommendations/pair-rules";
import { proposable } from "@/lib/admin/candidate-scoring";
import { processingKey } from "@/lib/recommendations/order";
import { newVocabularies, prepareMember, type ScoreMember } from "@/lib/recommendations/score";
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS, RELIGIONS, SMOKINGS } from "@/lib/core/marriage";
import { weekStart, weekYear } from "@/lib/core/week";

const WEEK = "2026-W48";
const YEAR = weekYear(WEEK);
const CODES = [PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_RECENT, PAIR_SHOWN_OLDER];
const REGIONS = ["서울", "부산", "대구"] as const;

const gender = fc.constantFrom("M" as const, "F" as const);
const member: fc.Arbitrary<ScoreMember> = fc
  .record({
    gender,
    // mostly the other gender (the generated pairs should often be compatible), sometimes the same
    sameGender: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    birthYear: fc.integer({ min: 1986, max: 1996 }),
    ageMin: fc.integer({ min: 27, max: 36 }),
    span: fc.integer({ min: 0, max: 12 }),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
    regions: fc.subarray([...REGIONS], { maxLength: 2 }),
    religion: fc.option(fc.constantFrom(...RELIGIONS), { nil: null }),
    smoking: fc.option(fc.constantFrom(...SMOKINGS), { nil: null }),
    height: fc.option(fc.integer({ min: 155, max: 185 }), { nil: null }),
    wantReligions: fc.subarray([...RELIGIONS], { maxLength: 2 }),
    wantSmoking: fc.subarray([...SMOKINGS], { maxLength: 1 }),
    heightMin: fc.option(fc.integer({ min: 160, max: 175 }), { nil: null }),
    must: fc.oneof(fc.constant([] as ("RELIGION" | "SMOKING" | "HEIGHT")[]), fc.subarray(["RELIGION", "SMOKING", "HEIGHT"] as const)),
  })
  .map((g) => ({
    profile: { gender: g.gender, birthYear: g.birthYear, region: g.region, keywords: [], height: g.height, marriage: { ...NO_MARRIAGE_FACTS, religion: g.religion, smoking: g.smoking } },
    preference: {
      targetGender: g.sameGender ? g.gender : g.gender === "M" ? ("F" as const) : ("M" as const), ageMin: g.ageMin, ageMax: g.ageMin + g.span, regions: g.regions, keywords: [],
      marriage: { ...NO_MARRIAGE_PREFS, religions: g.wantReligions, smoking: g.wantSmoking, heightMin: g.heightMin, heightMax: g.heightMin === null ? null : g.heightMin + 15, mustFields: [...g.must] },
    },
    stats: { joinedAt: new Date("2026-01-01T00:00:00Z"), lastActiveAt: null, shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0, reportsReceived: 0 },
  }));

const world = fc.array(member, { minLength: 2, maxLength: 14 }).chain((members) =>
  fc.record({
    members: fc.constant(members),
    history: fc.array(fc.tuple(fc.nat(members.length - 1), fc.nat(members.length - 1), fc.constantFrom(...CODES)), { maxLength: members.length * 3 }),
  }),
);

function poolOf(members: ScoreMember[], history: [number, number, number][]): Pool {
  const n = members.length;
  const vocab = newVocabularies();
  const ctx = { now: weekStart(WEEK), year: YEAR, likeRate: 0.1 };
  const prepared = members.map((m) => prepareMember(m, ctx, vocab));
  const fwd: number[][] = Array.from({ length: n }, () => []);
  const rev: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b, code] of history) {
    if (a === b) continue;
    fwd[a].push(b * 8 + code);
    rev[b].push(a * 8 + code);
  }
  const csr = (l: number[][]) => {
    const off = new Int32Array(n + 1);
    l.forEach((x, i) => (off[i + 1] = off[i] + x.length));
    return { off, val: Int32Array.from(l.flat()) };
  };
  const f = csr(fwd);
  const r = csr(rev);
  const ids = members.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
  return {
    week: WEEK, year: YEAR, ids, members: prepared, vocab, keys: ids.map((id) => processingKey(WEEK, id)),
    fwdOff: f.off, fwdVal: f.val, revOff: r.off, revVal: r.val, actOff: new Int32Array(n + 1), actVal: new Int32Array(0),
    capCount: new Int32Array(n), quota: new Int32Array(n).fill(10), likeRate: 0.1, loadMs: 0, loadTimings: { membersMs: 0, pairsQueryMs: 0, pairsBuildMs: 0 },
  };
}

describe("one rule for every place that proposes a partner", () => {
  it("the build's strict candidates equal the admin candidates' rule on generated pools and histories", () => {
    let admitted = 0;
    let excludedByHistory = 0;
    fc.assert(
      fc.property(world, ({ members, history }) => {
        const index = new CandidateIndex(poolOf(members, history), { fairness: false, cap: 1000 });
        for (let a = 0; a < members.length; a++) {
          const expected: number[] = [];
          for (let b = 0; b < members.length; b++) {
            if (b === a) continue;
            const codes = history.filter(([x, y]) => (x === a && y === b) || (x === b && y === a)).map(([, , c]) => c);
            if (proposable(members[a], members[b], YEAR, codes)) expected.push(b);
            else if (historyExcludes(codes)) excludedByHistory++;
          }
          admitted += expected.length;
          expect(index.strictCandidates(a)).toEqual(expected);
        }
      }),
      { numRuns: 300, seed: 2424 },
    );
    // the generated worlds exercise both sides of the rule
    expect(admitted).toBeGreaterThan(300);
    expect(excludedByHistory).toBeGreaterThan(300);
  });

  it("a pass, a like, a block or match, and a recent exposure exclude the pair at every level; an exposure of weeks 5–12 only below level 3", () => {
    for (const c of [PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_RECENT]) for (let level = 0; level <= 3; level++) expect(historyExcludes([c], level)).toBe(true);
    expect([0, 1, 2, 3].map((level) => historyExcludes([PAIR_SHOWN_OLDER], level))).toEqual([true, true, true, false]);
    expect(historyExcludes([])).toBe(false);
  });
});
