// Offline evaluation of the score on the benchmark's replayed synthetic history (bench/synthetic-history.ts):
// the weights are fitted exactly as the weekly build fits them (lib/recommendations/fit-model.ts) on the
// history weeks 1…W−1, then week W is played out on a slate of SLATE mutually age-compatible candidates
// per member (instead of 5–10, so that a top 10 is a real choice): each side's like is drawn from the
// synthetic tastes. Every scorer ranks the same slates: the legacy score (bench/legacy-score.ts), the
// plain product of both sides' smoothed like rates, and the new score with prior and fitted weights.
import { calibrationTable, fitWeights, type CalibrationBin, type ModelStats } from "@/lib/recommendations/fit-model";
import { PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "@/lib/recommendations/pair-codes";
import { auc } from "@/lib/recommendations/metrics";
import { RELAXED_NO_REPEAT_WEEKS } from "@/lib/recommendations/policy";
import { calibrateMutual, newVocabularies, prepareMember, priorWeights, ScoreTable, sigmoid, SOFT_FEATURES, type ScoreMember, type Weights } from "@/lib/recommendations/score";
import { weekStart, weekYear } from "@/lib/core/week";
import { Prng } from "@/prisma/seed/members-generator";
import * as legacy from "./legacy-score";
import { drawCandidates, likeProbability, type History } from "./synthetic-history";

export const SLATE = 30;

export type ScorerResult = { scorer: string; likeAuc: number; mutualAuc: number; recallAt10: number; mutualShareTop10: number };
export type OfflineEvaluation = {
  members: number; slatePairs: number; likes: number; mutualLikes: number; model: ModelStats; withoutModel: ModelStats; results: ScorerResult[];
  /** week W's slate pairs by decile of the fitted score's P(mutual): predicted vs observed mutual likes */
  calibration: CalibrationBin[];
  /** the same after the second stage fitted on week W−1's mutual likes (model.mutualCalibration) */
  calibrated: CalibrationBin[];
};

export function offlineEvaluation(h: History, week: string, opts: { slate?: number; weights?: Weights } = {}): OfflineEvaluation {
  const { live, tastes } = h;
  const n = live.length;
  const year = weekYear(week);
  const shown = new Int32Array(n);
  const shownTo = new Int32Array(n);
  const likesGiven = new Int32Array(n);
  const likesReceived = new Int32Array(n);
  const lists: number[][] = Array.from({ length: n }, () => []);
  const likedPairs = new Set<number>();
  h.weeks.forEach((w, k) => {
    const recent = k >= h.weeks.length - RELAXED_NO_REPEAT_WEEKS;
    // the last history week is the fit's validation week (W−1), as load-pairs.ts codes it
    const last = k === h.weeks.length - 1;
    for (let e = 0; e < w.from.length; e++) {
      shown[w.from[e]]++;
      shownTo[w.to[e]]++;
      lists[w.from[e]].push(w.to[e] * 8 + (last ? PAIR_SHOWN_LAST : recent ? PAIR_SHOWN_RECENT : PAIR_SHOWN_OLDER));
    }
    for (let e = 0; e < w.likeFrom.length; e++) {
      likesGiven[w.likeFrom[e]]++;
      likesReceived[w.likeTo[e]]++;
      lists[w.likeFrom[e]].push(w.likeTo[e] * 8 + (last ? PAIR_LIKE_LAST : PAIR_LIKE_IN_WINDOW));
      likedPairs.add(w.likeFrom[e] * n + w.likeTo[e]);
    }
  });
  let exposures = 0;
  let likes = 0;
  for (let i = 0; i < n; i++) {
    exposures += shown[i];
    likes += likesGiven[i];
  }
  const ctx = { now: weekStart(week), year, likeRate: exposures ? likes / exposures : 0 };
  const scoreMembers: ScoreMember[] = live.map((m, i) => ({
    profile: m.profile,
    preference: m.preference,
    stats: { joinedAt: m.user.createdAt, lastActiveAt: m.user.lastActiveAt, shown: shown[i], likesGiven: likesGiven[i], shownTo: shownTo[i], likesReceived: likesReceived[i], reportsReceived: tastes.reports[i] },
  }));

  // the new score, fitted as the weekly build fits it
  const vocab = newVocabularies();
  const prepared = scoreMembers.map((m) => prepareMember(m, ctx, vocab));
  const fwdOff = new Int32Array(n + 1);
  lists.forEach((l, i) => (fwdOff[i + 1] = fwdOff[i] + l.length));
  const fwdVal = Int32Array.from(lists.flat());
  lists.length = 0;
  const model = fitWeights({ members: prepared, vocab, year, likeRate: ctx.likeRate, fwdOff, fwdVal });
  // the ablation: the same fit without the "되도록" marriage features (issue 21)
  const withoutModel = fitWeights({ members: prepared, vocab, year, likeRate: ctx.likeRate, fwdOff, fwdVal }, { without: SOFT_FEATURES });
  const tableOf = (w: Weights) => {
    const t = new ScoreTable(n, vocab, w);
    prepared.forEach((m, i) => t.set(i, m));
    return t;
  };
  const fitted = tableOf(opts.weights ?? model.weights);
  const prior = tableOf(priorWeights(ctx.likeRate));
  const without = tableOf(withoutModel.weights);
  // the legacy score
  const lvocab = legacy.newVocabularies();
  const lprep = scoreMembers.map((m) => legacy.prepareMember(m, ctx, lvocab));
  const lt = new legacy.ScoreTable(n, lvocab);
  lprep.forEach((m, i) => lt.set(i, m));
  const legacyFit = (x: number, y: number) => lt.directedBase(x, y, year) * Math.pow(lprep[x].pickLift * lprep[y].desirLift, legacy.BEHAVIOUR_EXPONENT) * lprep[y].reportFactor;
  const rate = (x: number, y: number) => sigmoid(prepared[x].eagerness + prepared[y].appeal);

  const scorers: { name: string; directed: (x: number, y: number) => number; pair: (x: number, y: number) => number }[] = [
    { name: "legacy score (before issue 10)", directed: legacyFit, pair: (a, b) => lt.pairScore(a, b, year) },
    { name: "like rates only (eagerness × appeal)", directed: rate, pair: (a, b) => rate(a, b) * rate(b, a) },
    { name: "new score, prior weights", directed: (a, b) => sigmoid(prior.logit(a, b, year)), pair: (a, b) => prior.pairScore(a, b, year) },
    { name: "new score, fitted, without the 되도록 features", directed: (a, b) => sigmoid(without.logit(a, b, year)), pair: (a, b) => without.pairScore(a, b, year) },
    { name: "new score, fitted weights", directed: (a, b) => sigmoid(fitted.logit(a, b, year)), pair: (a, b) => fitted.pairScore(a, b, year) },
  ];

  // week W: every member's slate, both sides' likes drawn from the tastes
  const r = new Prng(4242);
  const viewer: number[] = [];
  const target: number[] = [];
  const liked: number[] = [];
  const mutual: number[] = [];
  const slateStart: number[] = [0];
  for (let a = 0; a < n; a++) {
    for (const b of drawCandidates(h, r, a, year, opts.slate ?? SLATE, true)) {
      if (likedPairs.has(a * n + b) || likedPairs.has(b * n + a)) continue;
      const ab = r.next() < likeProbability(live, tastes, a, b) ? 1 : 0;
      const ba = r.next() < likeProbability(live, tastes, b, a) ? 1 : 0;
      viewer.push(a);
      target.push(b);
      liked.push(ab);
      mutual.push(ab & ba);
    }
    slateStart.push(viewer.length);
  }
  const results = scorers.map(({ name, directed, pair }) => {
    const d = viewer.map((a, k) => directed(a, target[k]));
    const p = viewer.map((a, k) => pair(a, target[k]));
    let hits = 0;
    let shownTop = 0;
    let totalMutual = 0;
    for (let a = 0; a < n; a++) {
      const ks = Array.from({ length: slateStart[a + 1] - slateStart[a] }, (_, i) => slateStart[a] + i).sort((x, y) => p[y] - p[x]);
      for (const k of ks) totalMutual += mutual[k];
      for (const k of ks.slice(0, 10)) hits += mutual[k];
      shownTop += Math.min(10, ks.length);
    }
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    return { scorer: name, likeAuc: r4(auc(d, liked)), mutualAuc: r4(auc(p, mutual)), recallAt10: r4(hits / Math.max(1, totalMutual)), mutualShareTop10: r4(hits / Math.max(1, shownTop)) };
  });
  const raw = viewer.map((a, k) => fitted.pairScore(a, target[k], year));
  const calibration = calibrationTable(raw, mutual);
  const calibrated = calibrationTable(raw.map((p) => calibrateMutual(p, model.mutualCalibration)), mutual);
  return { members: n, slatePairs: viewer.length, likes: liked.reduce((s, x) => s + x, 0), mutualLikes: mutual.reduce((s, x) => s + x, 0), model, withoutModel, results, calibration, calibrated };
}
