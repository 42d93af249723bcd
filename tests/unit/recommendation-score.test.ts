// The reciprocal score P(a likes b) · P(b likes a): symmetric, monotone in each side's probability,
// neutral for members without history, mutual beats one-sided, stated preferences, reports, the
// new-member term and behaviour move it the right way; explainPair's reasons; the pass hook.
import { describe, expect, it } from "vitest";
import {
  behaviourLogit,
  explainPair,
  likeProbability,
  pairScore,
  prepareMember,
  newVocabularies,
  priorWeights,
  PRIOR_STRENGTH,
  type ActivityStats,
  type ScoreContext,
  type ScoreMember,
} from "@/lib/recommendations/score";

const now = new Date("2026-11-22T15:00:00Z"); // Monday 00:00 KST of 2026-W48
const ctx: ScoreContext = { now, year: 2026, likeRate: 0.1 };
const DAY = 86_400_000;
const logit = (p: number) => Math.log(p / (1 - p));

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
      expect(pairScore(a, b, ctx)).toBeLessThan(1);
    }
  });

  it("is the probability of a mutual like: the product of both sides' like probabilities", () => {
    const a = man();
    const b = woman({ stats: { likesReceived: 9 } });
    expect(pairScore(a, b, ctx)).toBeCloseTo(likeProbability(a, b, ctx) * likeProbability(b, a, ctx), 12);
    const e = explainPair(a, b, ctx);
    expect(e.score).toBeCloseTo(pairScore(a, b, ctx), 12);
    expect(e.aLikesB).toBeCloseTo(likeProbability(a, b, ctx), 12);
  });

  it("is monotone in each side's probability: raising one side's, the other fixed, raises the score", () => {
    const b = woman();
    // a's eagerness enters only P(a likes b); b's appeal only P(a likes b) too
    const eagerA = man({ stats: { shown: 40, likesGiven: 20 } });
    const calmA = man({ stats: { shown: 40, likesGiven: 1 } });
    expect(likeProbability(eagerA, b, ctx)).toBeGreaterThan(likeProbability(calmA, b, ctx));
    expect(likeProbability(b, eagerA, ctx)).toBeCloseTo(likeProbability(b, calmA, ctx), 12);
    expect(pairScore(eagerA, b, ctx)).toBeGreaterThan(pairScore(calmA, b, ctx));
    const a = man();
    const likedB = woman({ stats: { shownTo: 40, likesReceived: 20 } });
    const plainB = woman({ stats: { shownTo: 40, likesReceived: 1 } });
    expect(likeProbability(likedB, a, ctx)).toBeCloseTo(likeProbability(plainB, a, ctx), 12);
    expect(pairScore(a, likedB, ctx)).toBeGreaterThan(pairScore(a, plainB, ctx));
    // and the score grows with either probability under any weights
    for (const w of [priorWeights(0.1), { ...priorWeights(0.1), eagerness: 0.3, appeal: 2 }]) {
      expect(pairScore(eagerA, b, ctx, w)).toBeGreaterThan(pairScore(calmA, b, ctx, w));
    }
  });

  it("is neutral for members without history: as if they liked and were liked at the pool's rate", () => {
    const vocab = newVocabularies();
    const fresh = prepareMember(man({ stats: { shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0 } }), ctx, vocab);
    expect(fresh.eagerness).toBe(0);
    expect(fresh.appeal).toBe(0);
    const b = woman();
    const noHistory = pairScore(man({ stats: { shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0 } }), b, ctx);
    const average = pairScore(man({ stats: { shown: 90, likesGiven: 9, shownTo: 90, likesReceived: 9 } }), b, ctx);
    expect(noHistory).toBeCloseTo(average, 12);
    // a short unlucky start is not punished much: one exposure without a like
    expect(behaviourLogit(0, 1, 0.1)).toBeGreaterThan(-0.15);
  });

  it("scores one-sided interest lower than mutual interest, and imbalance lower than balance", () => {
    const a = man({ keywords: ["여행", "운동"], wishes: ["요리", "영화"] });
    const mutual = woman({ keywords: ["요리", "영화"], wishes: ["여행", "운동"] }); // both wishes met
    const oneSided = woman({ keywords: ["요리", "영화"], wishes: ["골프", "낚시"] }); // he gets all, she nothing
    expect(likeProbability(a, oneSided, ctx)).toBeCloseTo(likeProbability(a, mutual, ctx), 12);
    expect(likeProbability(oneSided, a, ctx)).toBeLessThan(likeProbability(mutual, a, ctx));
    expect(pairScore(a, oneSided, ctx)).toBeLessThan(pairScore(a, mutual, ctx));
    // the same summed log-odds, spread evenly, gives a higher probability of a mutual like
    const halfA = man({ keywords: ["여행", "골프"], wishes: ["요리", "영화"] }); // she finds half of her wishes
    const halfB = woman({ keywords: ["요리", "낚시"], wishes: ["여행", "운동"] }); // he finds half of his
    const sum = (x: ScoreMember, y: ScoreMember) => logit(likeProbability(x, y, ctx)) + logit(likeProbability(y, x, ctx));
    expect(sum(halfA, halfB)).toBeCloseTo(sum(a, oneSided), 9);
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
    expect(explainPair(a, woman({ stats: { reportsReceived: 3 } }), ctx).reasons.some((r) => r.feature === "reports" && r.logOdds < 0)).toBe(true);
  });

  it("gives new members their term: exactly w_newMember in the log-odds of being liked", () => {
    const a = man();
    const old = woman({ stats: { joinedAt: new Date(now.getTime() - 100 * DAY) } });
    const fresh = woman({ stats: { joinedAt: new Date(now.getTime() - 5 * DAY) } });
    expect(pairScore(a, fresh, ctx)).toBeGreaterThan(pairScore(a, old, ctx));
    const diff = logit(likeProbability(a, fresh, ctx)) - logit(likeProbability(a, old, ctx));
    expect(diff).toBeCloseTo(priorWeights(0.1).newMember, 9);
  });

  it("rewards members who are liked when shown (appeal) and who like others (eagerness), both ways", () => {
    const a = man();
    const liked = pairScore(a, woman({ stats: { shownTo: 50, likesReceived: 20 } }), ctx);
    const ignored = pairScore(a, woman({ stats: { shownTo: 50, likesReceived: 0 } }), ctx);
    expect(liked).toBeGreaterThan(ignored);
    const eager = pairScore(a, woman({ stats: { shown: 50, likesGiven: 20 } }), ctx);
    const picky = pairScore(a, woman({ stats: { shown: 50, likesGiven: 0 } }), ctx);
    expect(eager).toBeGreaterThan(picky);
  });

  it("lowers members often passed once passes are recorded, and is neutral before", () => {
    const a = man();
    const passed = woman({ stats: { shownTo: 40, passesReceived: 30 } });
    expect(pairScore(a, passed, ctx)).toBeCloseTo(pairScore(a, woman({ stats: { shownTo: 40 } }), ctx), 12);
    const withPasses = { ...ctx, passRate: 0.3 };
    expect(pairScore(a, passed, withPasses)).toBeLessThan(pairScore(a, woman({ stats: { shownTo: 40, passesReceived: 5 } }), withPasses));
  });

  it("explains a pair by its largest terms", () => {
    const e = explainPair(man({ stats: { shown: 60, likesGiven: 30 } }), woman({ stats: { reportsReceived: 2 } }), ctx);
    expect(e.reasons).toHaveLength(4);
    const sizes = e.reasons.map((r) => Math.abs(r.logOdds));
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
    expect(e.reasons[0]).toMatchObject({ direction: "a→b", feature: "eagerness" });
    expect(e.reasons.every((r) => r.label.length > 0)).toBe(true);
  });
});

describe("behaviourLogit (Bayesian average in log-odds)", () => {
  it("is neutral without history and moves towards the observed rate with evidence", () => {
    expect(behaviourLogit(0, 0, 0.1)).toBe(0);
    const smoothed = (1 + PRIOR_STRENGTH * 0.1) / (1 + PRIOR_STRENGTH);
    expect(behaviourLogit(1, 1, 0.1)).toBeCloseTo(logit(smoothed) - logit(0.1), 12);
    expect(behaviourLogit(1, 1, 0.1)).toBeLessThan(1);
    expect(behaviourLogit(30, 100, 0.1)).toBeGreaterThan(behaviourLogit(3, 10, 0.1));
    expect(behaviourLogit(0, 100, 0.1)).toBeLessThan(behaviourLogit(0, 10, 0.1));
  });
});
