// The reciprocal pair score: symmetric, mutual beats one-sided, monotone in keyword overlap,
// reports and the new-member bonus move it the right way, behaviour is smoothed.
import { describe, expect, it } from "vitest";
import {
  BASE_MAX,
  directedFit,
  pairScore,
  PRIOR_STRENGTH,
  smoothedLift,
  W_NEW,
  type ActivityStats,
  type ScoreContext,
  type ScoreMember,
} from "@/lib/recommendations/score";

const now = new Date("2026-11-22T15:00:00Z"); // Monday 00:00 KST of 2026-W48
const ctx: ScoreContext = { now, year: 2026, likeRate: 0.1 };
const DAY = 86_400_000;

function stats(o: Partial<ActivityStats> = {}): ActivityStats {
  return { joinedAt: new Date(now.getTime() - 200 * DAY), lastActiveAt: new Date(now.getTime() - DAY), shown: 40, likesGiven: 4, shownTo: 40, likesReceived: 4, reportsReceived: 0, ...o };
}
function man(o: { keywords?: string[]; wishes?: string[]; birthYear?: number; region?: string; stats?: Partial<ActivityStats>; ageMin?: number; ageMax?: number } = {}): ScoreMember {
  return {
    profile: { gender: "M", birthYear: o.birthYear ?? 1992, region: o.region ?? "서울", keywords: o.keywords ?? ["여행", "운동", "독서"] },
    preference: { targetGender: "F", ageMin: o.ageMin ?? 29, ageMax: o.ageMax ?? 35, regions: [], keywords: o.wishes ?? ["요리", "영화"] },
    stats: stats(o.stats),
  };
}
function woman(o: { keywords?: string[]; wishes?: string[]; birthYear?: number; region?: string; stats?: Partial<ActivityStats>; ageMin?: number; ageMax?: number } = {}): ScoreMember {
  return {
    profile: { gender: "F", birthYear: o.birthYear ?? 1994, region: o.region ?? "서울", keywords: o.keywords ?? ["요리", "영화", "카페투어"] },
    preference: { targetGender: "M", ageMin: o.ageMin ?? 31, ageMax: o.ageMax ?? 37, regions: [], keywords: o.wishes ?? ["여행", "운동"] },
    stats: stats(o.stats),
  };
}

describe("pairScore", () => {
  it("is symmetric: the reciprocal score of (a, b) equals that of (b, a)", () => {
    const pairs: [ScoreMember, ScoreMember][] = [
      [man(), woman()],
      [man({ wishes: ["골프"], stats: { likesReceived: 20 } }), woman({ keywords: ["골프"], stats: { reportsReceived: 2 } })],
      [man({ region: "부산", birthYear: 1985 }), woman({ region: "서울", stats: { joinedAt: new Date(now.getTime() - 3 * DAY), shownTo: 0 } })],
    ];
    for (const [a, b] of pairs) {
      expect(pairScore(a, b, ctx)).toBeCloseTo(pairScore(b, a, ctx), 12);
      expect(pairScore(a, b, ctx)).toBeGreaterThan(0);
    }
  });

  it("is the geometric mean of both sides' fits", () => {
    const a = man();
    const b = woman({ stats: { likesReceived: 9 } });
    expect(pairScore(a, b, ctx)).toBeCloseTo(Math.sqrt(directedFit(a, b, ctx) * directedFit(b, a, ctx)), 12);
  });

  it("scores one-sided interest lower than mutual interest of the same total", () => {
    const a = man({ keywords: ["여행", "운동"], wishes: ["요리", "영화"] });
    const mutual = woman({ keywords: ["요리", "영화"], wishes: ["여행", "운동"] }); // both wishes met
    // a gets everything he wishes for, she gets nothing she wishes for
    const oneSided = woman({ keywords: ["요리", "영화"], wishes: ["골프", "낚시"] });
    expect(directedFit(a, oneSided, ctx)).toBeCloseTo(directedFit(a, mutual, ctx), 12);
    expect(directedFit(oneSided, a, ctx)).toBeLessThan(directedFit(mutual, a, ctx));
    expect(pairScore(a, oneSided, ctx)).toBeLessThan(pairScore(a, mutual, ctx));
    // and the geometric mean punishes imbalance: same arithmetic mean, lower score
    const halfA = man({ keywords: ["여행", "골프"], wishes: ["요리", "영화"] }); // she finds half of her wishes
    const halfB = woman({ keywords: ["요리", "낚시"], wishes: ["여행", "운동"] }); // he finds half of his
    const fa = directedFit(halfA, halfB, ctx);
    const fb = directedFit(halfB, halfA, ctx);
    const f1 = directedFit(a, oneSided, ctx);
    const f2 = directedFit(oneSided, a, ctx);
    expect(Math.abs(fa + fb - (f1 + f2))).toBeLessThan(1e-9);
    expect(pairScore(halfA, halfB, ctx)).toBeGreaterThan(pairScore(a, oneSided, ctx));
  });

  it("grows with keyword overlap", () => {
    const a = man({ wishes: ["요리", "영화", "와인"] });
    const scores = [[], ["요리"], ["요리", "영화"], ["요리", "영화", "와인"]].map((kw) => pairScore(a, woman({ keywords: [...kw, "등산"] }), ctx));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1]);
  });

  it("prefers the centre of the wished age range and the wished (or own) region", () => {
    const a = man({ ageMin: 30, ageMax: 34 }); // centre 32 → born 1994
    const centre = pairScore(a, woman({ birthYear: 1994 }), ctx);
    const edge = pairScore(a, woman({ birthYear: 1992 }), ctx);
    const outside = pairScore(a, woman({ birthYear: 1988 }), ctx);
    expect(centre).toBeGreaterThan(edge);
    expect(edge).toBeGreaterThan(outside);
    expect(pairScore(a, woman({ region: "서울" }), ctx)).toBeGreaterThan(pairScore(a, woman({ region: "제주" }), ctx));
  });

  it("lowers the score of a reported member, more with more reporters", () => {
    const a = man();
    const clean = pairScore(a, woman(), ctx);
    const once = pairScore(a, woman({ stats: { reportsReceived: 1 } }), ctx);
    const thrice = pairScore(a, woman({ stats: { reportsReceived: 3 } }), ctx);
    expect(once).toBeLessThan(clean);
    expect(thrice).toBeLessThan(once);
  });

  it("gives new members and members nobody has been shown a bonus", () => {
    const a = man();
    const old = woman({ stats: { joinedAt: new Date(now.getTime() - 100 * DAY) } });
    const fresh = woman({ stats: { joinedAt: new Date(now.getTime() - 5 * DAY) } });
    expect(pairScore(a, fresh, ctx)).toBeGreaterThan(pairScore(a, old, ctx));
    // the bonus is exactly W_NEW in her base (with neutral behaviour it shows directly in a's fit)
    const neutral = { shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0 };
    const diff = directedFit(man({ stats: neutral }), woman({ stats: { ...neutral, joinedAt: new Date(now.getTime() - 5 * DAY) } }), ctx) -
      directedFit(man({ stats: neutral }), woman({ stats: { ...neutral, joinedAt: new Date(now.getTime() - 100 * DAY) } }), ctx);
    expect(diff * BASE_MAX).toBeCloseTo(W_NEW, 9);
    expect(pairScore(a, woman({ stats: { shownTo: 0, likesReceived: 0 } }), ctx)).toBeGreaterThan(pairScore(a, woman({ stats: { shownTo: 10, likesReceived: 1 } }), ctx));
  });

  it("rewards members who are liked when shown (desirability) and who like others (pickiness), both ways", () => {
    const a = man();
    const liked = pairScore(a, woman({ stats: { shownTo: 50, likesReceived: 20 } }), ctx);
    const ignored = pairScore(a, woman({ stats: { shownTo: 50, likesReceived: 0 } }), ctx);
    expect(liked).toBeGreaterThan(ignored);
    const eager = pairScore(a, woman({ stats: { shown: 50, likesGiven: 20 } }), ctx);
    const picky = pairScore(a, woman({ stats: { shown: 50, likesGiven: 0 } }), ctx);
    expect(eager).toBeGreaterThan(picky);
  });
});

describe("smoothedLift (Bayesian average)", () => {
  it("is neutral without history and moves towards the observed rate with evidence", () => {
    expect(smoothedLift(0, 0, 0.1)).toBe(1);
    // one like out of one exposure is weak evidence: far from a 10x lift
    expect(smoothedLift(1, 1, 0.1)).toBeCloseTo((1 + PRIOR_STRENGTH * 0.1) / (1 + PRIOR_STRENGTH) / 0.1, 12);
    expect(smoothedLift(1, 1, 0.1)).toBeLessThan(2);
    // the same rate with much more evidence lifts more
    expect(smoothedLift(30, 100, 0.1)).toBeGreaterThan(smoothedLift(3, 10, 0.1));
    // a new member is not punished for having no likes yet
    expect(smoothedLift(0, 2, 0.1)).toBeGreaterThan(0.8);
  });
});
