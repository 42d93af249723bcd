// Learning the score's weights (fit-model.ts), the run's measures (metrics.ts) and the tier quota
// (quota.ts): the regression recovers known weights, thin history falls back to the prior, the
// examples' behaviour features leave their own outcome out; AUC, Gini and the exposure summary.
import { describe, expect, it } from "vitest";
import { extractExamples, fitMutualCalibration, fitWeights, logisticRegression } from "@/lib/recommendations/fit-model";
import { PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_SHOWN_LAST, PAIR_SHOWN_RECENT } from "@/lib/recommendations/load-pairs";
import { auc, gini, summarizeExposure } from "@/lib/recommendations/metrics";
import { weeklyQuota } from "@/lib/recommendations/quota";
import { calibrateMutual, F, FEATURES, newVocabularies, prepareMember, priorWeights, sigmoid } from "@/lib/recommendations/score";
import { FREE_WEEKLY_RECOMMENDATIONS, PRODUCTS } from "@/lib/payments/products";
import { Prng } from "@/prisma/seed/members-generator";

const D = FEATURES.length;
const now = new Date("2026-11-22T15:00:00Z");

describe("logisticRegression", () => {
  it("recovers the weights that generated the data", () => {
    const r = new Prng(3);
    const rows = 40_000;
    const truth = FEATURES.map((_, j) => (j === F.bias ? -1.5 : [0.8, -0.6, 1.2, 0.4, 0, -1, 0.3, 0.5, 0, 0.2, /* the "되도록" terms */ 0.3, -0.2, 0.5, 0, 0.4, -0.3, 0.2, 0.6][j - 1]));
    const x = new Float64Array(rows * D);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      let z = 0;
      for (let j = 0; j < D; j++) {
        x[i * D + j] = j === F.bias ? 1 : r.normal(0, 1);
        z += truth[j] * x[i * D + j];
      }
      y[i] = r.next() < sigmoid(z) ? 1 : 0;
    }
    const { weights, iterations } = logisticRegression(x, y, rows, () => true, new Array(D).fill(0), 1);
    expect(iterations).toBeLessThan(15);
    weights.forEach((w, j) => expect(Math.abs(w - truth[j])).toBeLessThan(0.06));
  }, 30_000);

  it("stays at the prior for a term that never varies", () => {
    const rows = 2000;
    const x = new Float64Array(rows * D);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      x[i * D + F.bias] = 1;
      x[i * D + F.keywords] = i % 2;
      y[i] = i % 4 === 1 ? 1 : 0;
    }
    const prior = FEATURES.map((f) => priorWeights(0.1)[f]);
    const { weights } = logisticRegression(x, y, rows, () => true, prior);
    expect(weights[F.meetings]).toBeCloseTo(prior[F.meetings], 9);
    expect(weights[F.passedBy]).toBeCloseTo(prior[F.passedBy], 9);
  });
});

/** a pool where the viewer's eagerness and the target's appeal decide every like; the last week is the fit's validation week */
function behaviourPool(n: number, weeks: number, seed: number, wEager = 1, wAppeal = 1) {
  const r = new Prng(seed);
  const eager = Array.from({ length: n }, () => r.normal(0, 1));
  const appeal = Array.from({ length: n }, () => r.normal(0, 1));
  const lists: number[][] = Array.from({ length: n }, () => []);
  const counts = Array.from({ length: n }, () => ({ shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0 }));
  for (let w = 0; w < weeks; w++) {
    for (let a = 0; a < n; a++) {
      for (let k = 0; k < 6; k++) {
        const b = r.int(0, n - 1);
        if (b === a) continue;
        const last = w === weeks - 1;
        lists[a].push(b * 8 + (last ? PAIR_SHOWN_LAST : PAIR_SHOWN_RECENT));
        counts[a].shown++;
        counts[b].shownTo++;
        if (r.next() < sigmoid(-2.2 + wEager * eager[a] + wAppeal * appeal[b])) {
          lists[a].push(b * 8 + (last ? PAIR_LIKE_LAST : PAIR_LIKE_IN_WINDOW));
          counts[a].likesGiven++;
          counts[b].likesReceived++;
        }
      }
    }
  }
  let shown = 0;
  let liked = 0;
  for (const c of counts) {
    shown += c.shown;
    liked += c.likesGiven;
  }
  const likeRate = liked / shown;
  const vocab = newVocabularies();
  const ctx = { now, year: 2026, likeRate };
  const members = counts.map((c, i) =>
    prepareMember(
      {
        profile: { gender: i % 2 ? "F" : "M", birthYear: 1990, region: "서울", keywords: [] },
        preference: { targetGender: i % 2 ? "M" : "F", ageMin: 25, ageMax: 45, regions: [], keywords: [] },
        stats: { joinedAt: new Date(now.getTime() - 400 * 86_400_000), lastActiveAt: now, reportsReceived: 0, ...c },
      },
      ctx,
      vocab,
    ),
  );
  const fwdOff = new Int32Array(n + 1);
  lists.forEach((l, i) => (fwdOff[i + 1] = fwdOff[i] + l.length));
  return { members, vocab, year: 2026, likeRate, fwdOff, fwdVal: Int32Array.from(lists.flat()) };
}

describe("fitWeights", () => {
  it("uses the prior weights when the history is thin", () => {
    const model = fitWeights(behaviourPool(30, 2, 1));
    expect(model).toMatchObject({ source: "prior", reason: "thin history", iterations: 0 });
    expect(model.weights).toEqual(model.prior);
  });

  it("learns that behaviour predicts likes, fitted on the earlier weeks and validated on the last one", () => {
    // the viewer's eagerness matters more than the target's appeal: the prior (1 : 1) ranks worse than the fit
    const model = fitWeights(behaviourPool(1500, 10, 2, 1.8, 0.4));
    expect(model.source).toBe("fitted");
    const v = model.validation!;
    // every earlier exposure trains, every exposure of the last week validates
    expect(model.examples + v.examples).toBe(model.exposures);
    expect(v.examples).toBeGreaterThan(model.exposures / 12);
    expect(model.weights.eagerness).toBeGreaterThan(0.5);
    expect(model.weights.appeal).toBeGreaterThan(0.5);
    expect(v.auc).toBeGreaterThan(0.65);
    // accepted only because it beats the prior by more than its bootstrap interval
    expect(v.deltaAuc).toBeCloseTo(v.auc - v.priorAuc, 3);
    expect(v.deltaAucInterval[0]).toBeGreaterThan(0);
    expect(v.deltaAucInterval[0]).toBeLessThanOrEqual(v.deltaAuc);
    expect(v.deltaAucInterval[1]).toBeGreaterThanOrEqual(v.deltaAuc);
    expect(v.groups.map((g) => g.group)).toEqual(["M", "F"]);
    expect(v.groups.reduce((s, g) => s + g.examples, 0)).toBe(v.examples);
    // the calibration table: ten deciles of increasing predicted P(mutual), over the validation pairs
    // whose other side was shown the viewer too (only they can be mutual)
    expect(v.calibration).toHaveLength(10);
    expect(v.mutualPairs).toBe(v.calibration.reduce((s, c) => s + c.pairs, 0));
    expect(v.mutualPairs).toBeGreaterThan(100);
    expect(v.mutualPairs).toBeLessThan(v.examples);
    for (let d = 1; d < 10; d++) expect(v.calibration[d].predicted).toBeGreaterThanOrEqual(v.calibration[d - 1].predicted);
  }, 30_000);

  it("keeps the prior when the fit cannot beat it beyond its interval (likes independent of every feature)", () => {
    const input = behaviourPool(1500, 10, 6);
    // the same exposures, but every like is a coin flip: nothing to learn
    const r = new Prng(9);
    const vals = Array.from(input.fwdVal);
    for (let k = 0; k < vals.length; k++) {
      const code = vals[k] & 7;
      if (code === PAIR_LIKE_IN_WINDOW || code === PAIR_LIKE_LAST) vals[k] = -1;
    }
    const lists: number[][] = [];
    for (let a = 0; a < input.members.length; a++) {
      const l: number[] = [];
      for (let k = input.fwdOff[a]; k < input.fwdOff[a + 1]; k++) {
        if (vals[k] < 0) continue;
        l.push(vals[k]);
        const code = vals[k] & 7;
        if (r.next() < 0.1) l.push((vals[k] >> 3) * 8 + (code === PAIR_SHOWN_LAST ? PAIR_LIKE_LAST : PAIR_LIKE_IN_WINDOW));
      }
      lists.push(l);
    }
    const fwdOff = new Int32Array(lists.length + 1);
    lists.forEach((l, i) => (fwdOff[i + 1] = fwdOff[i] + l.length));
    const model = fitWeights({ ...input, fwdOff, fwdVal: Int32Array.from(lists.flat()) });
    expect(model.source).toBe("prior");
    expect(model.reason).toMatch(/bootstrap interval/);
    expect(model.weights).toEqual(model.prior);
    expect(model.validation!.deltaAucInterval[0]).toBeLessThanOrEqual(0);
  }, 30_000);

  it("keeps the prior when there is no validation week", () => {
    const input = behaviourPool(1500, 10, 7);
    const fwdVal = input.fwdVal.map((v) => ((v & 7) === PAIR_SHOWN_LAST ? (v >> 3) * 8 + PAIR_SHOWN_RECENT : (v & 7) === PAIR_LIKE_LAST ? (v >> 3) * 8 + PAIR_LIKE_IN_WINDOW : v));
    const model = fitWeights({ ...input, fwdVal });
    expect(model).toMatchObject({ source: "prior", reason: "no validation week" });
  }, 30_000);

  it("subsamples to the example bound", () => {
    const model = fitWeights(behaviourPool(1500, 10, 4), { maxExamples: 20_000, maxValidation: 2_000 });
    expect(model.exposures).toBeGreaterThan(80_000);
    expect(model.examples).toBeGreaterThan(15_000);
    expect(model.examples).toBeLessThanOrEqual(22_000);
    expect(model.validation!.examples).toBeGreaterThan(1_500);
    expect(model.validation!.examples).toBeLessThanOrEqual(3_200);
  }, 30_000);

  it("leaves the example's own outcome out of its behaviour features", () => {
    // one viewer shown one target once, and liked her: with the like left out, both are neutral
    const input = behaviourPool(2, 0, 5);
    input.fwdOff.set([0, 2, 2]);
    const withLike = { ...input, likeRate: 0.1, fwdVal: Int32Array.from([1 * 8 + PAIR_SHOWN_RECENT, 1 * 8 + PAIR_LIKE_IN_WINDOW]) };
    withLike.members[0] = { ...withLike.members[0], shown: 1, likesGiven: 1 };
    withLike.members[1] = { ...withLike.members[1], shownTo: 1, likesReceived: 1 };
    const ex = extractExamples(withLike);
    expect(ex.count).toBe(1);
    expect(ex.y[0]).toBe(1);
    expect(ex.x[F.eagerness]).toBe(0);
    expect(ex.x[F.appeal]).toBe(0);
  });
});

describe("the second stage of P(mutual) (Platt on the mutual outcomes)", () => {
  it("corrects a product that under-predicts mutual likes in the top pairs, and stays monotone", () => {
    // the truth: mutual = σ(0.6 + 1.4 · logit(p)) — the product under-predicts the best pairs
    const r = new Prng(11);
    const p: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const q = sigmoid(r.normal(-3, 1.2));
      p.push(q);
      y.push(r.next() < sigmoid(0.6 + 1.4 * Math.log(q / (1 - q))) ? 1 : 0);
    }
    const c = fitMutualCalibration(p, y);
    expect(c.identity).toBe(false);
    expect(c.a).toBeCloseTo(0.6, 0);
    expect(c.b).toBeGreaterThan(1.2);
    expect(c.b).toBeLessThan(1.6);
    // on fresh pairs of the same world: within 0.03 of the truth in every decile (the bar), and
    // much closer than the uncalibrated product
    const fresh = Array.from({ length: 20_000 }, () => sigmoid(r.normal(-3, 1.2)));
    const order = fresh.map((_, i) => i).sort((i, j) => fresh[i] - fresh[j]);
    let worst = 0;
    let worstRaw = 0;
    for (let d = 0; d < 10; d++) {
      const rows = order.slice(d * 2000, (d + 1) * 2000);
      const mean = (f: (i: number) => number) => rows.reduce((sum, i) => sum + f(i), 0) / rows.length;
      const truth = mean((i) => sigmoid(0.6 + 1.4 * Math.log(fresh[i] / (1 - fresh[i]))));
      worst = Math.max(worst, Math.abs(mean((i) => calibrateMutual(fresh[i], c)) - truth));
      worstRaw = Math.max(worstRaw, Math.abs(mean((i) => fresh[i]) - truth));
    }
    expect(worst).toBeLessThan(0.03);
    expect(worst).toBeLessThan(worstRaw / 2);
    expect(calibrateMutual(0.2, c)).toBeLessThan(calibrateMutual(0.3, c));
  });

  it("is the identity when the week has too few mutual likes", () => {
    const c = fitMutualCalibration([0.1, 0.2, 0.3], [0, 1, 0]);
    expect(c).toMatchObject({ a: 0, b: 1, identity: true });
    expect(calibrateMutual(0.123, c)).toBe(0.123);
  });
});

describe("metrics", () => {
  it("computes AUC with ties", () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(auc([1, 1, 1], [0, 1, 0])).toBe(0.5);
  });

  it("computes the Gini of appearances and the week's exposure summary", () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 8])).toBeCloseTo(0.75, 12);
    const s = summarizeExposure([0, 2, 4, 10], [10, 10, 0, 12], [10, 12, 10, 12], 1.234);
    expect(s).toMatchObject({ members: 4, fullListShare: 0.5, shownToNobody: 0.25, shownToNobodyCompatible: 0.3333, max: 10, p50: 2, expectedMutualLikes: 1.23 });
  });
});

describe("weeklyQuota", () => {
  const at = new Date("2026-11-22T15:00:00Z");
  const tierQuota = (tier: string) => PRODUCTS.find((p) => p.tier === tier)!.weeklyRecommendations!;
  it("gives an unexpired tier its weekly recommendations, everyone else the free number", () => {
    expect(weeklyQuota("FREE", null, at)).toBe(FREE_WEEKLY_RECOMMENDATIONS);
    expect(weeklyQuota("BASIC", new Date(at.getTime() + 86_400_000), at)).toBe(tierQuota("BASIC"));
    expect(weeklyQuota("PREMIUM", new Date(at.getTime() + 86_400_000), at)).toBe(tierQuota("PREMIUM"));
    expect(weeklyQuota("PREMIUM", at, at)).toBe(FREE_WEEKLY_RECOMMENDATIONS); // expired at the week's start
    expect(weeklyQuota("BASIC", new Date(at.getTime() - 1000), at)).toBe(FREE_WEEKLY_RECOMMENDATIONS);
    expect(tierQuota("PREMIUM")).toBeGreaterThan(FREE_WEEKLY_RECOMMENDATIONS);
  });
});
