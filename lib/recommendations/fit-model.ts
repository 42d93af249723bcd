// Learns the score's weights from the service's own history, inside the weekly batch: every exposure
// of the 12-week window between two pool members is an example (viewer → target, liked or not), its
// features computed as the score computes them but leave-one-out (the example's own outcome is taken
// out of the viewer's and the target's like counts, so the label never leaks into its features).
// A regularised logistic regression (Newton's method, L2 towards PRIOR_WEIGHTS) on a deterministic
// subsample (≤ MAX_EXAMPLES), 10 % held out for the metrics. Too little history, or a fit that does
// worse than the prior on the held-out part: the prior weights are used. No external service.
import { auc, logLoss } from "./metrics";
import { PAIR_LIKE_IN_WINDOW, PAIR_LIKE_OLDER, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "./pair-codes";
import { behaviourLogit, F, FEATURES, priorWeights, ScoreTable, sigmoid, SOFT_FEATURES, type PreparedMember, type Vocabularies, type Weights } from "./score";

/** examples kept at most (deterministic subsample): bounds the fit's time and memory */
export const MAX_EXAMPLES = 250_000;
/** below this many examples or likes the history is too thin: the prior weights are used */
export const MIN_EXAMPLES = 1_000;
export const MIN_LIKES = 50;
/** L2 strength towards the prior weights (in examples' worth of curvature) */
export const L2 = 5;
const MAX_ITERATIONS = 30;
const D = FEATURES.length;

export type ModelStats = {
  source: "fitted" | "prior";
  /** why the prior is used (thin history, or the fit lost to it on the held-out part) */
  reason?: string;
  weights: Weights;
  prior: Weights;
  /** exposures in the window between pool members, examples used, likes among them */
  exposures: number;
  examples: number;
  likes: number;
  iterations: number;
  trainLogLoss?: number;
  /** held-out examples: AUC and log-loss of the fitted and of the prior weights */
  holdout?: { examples: number; auc: number; logLoss: number; priorAuc: number; priorLogLoss: number };
  ms: number;
};

export type FitInput = {
  members: readonly PreparedMember[];
  vocab: Vocabularies;
  year: number;
  likeRate: number;
  fwdOff: Int32Array;
  fwdVal: Int32Array;
};

/** a 32-bit mix of a pair: the subsample and the holdout are stable from run to run */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

type Examples = { x: Float64Array; y: Uint8Array; holdout: Uint8Array; count: number; exposures: number };

export function extractExamples(input: FitInput, maxExamples = MAX_EXAMPLES): Examples {
  const { members, fwdOff, fwdVal, year, likeRate } = input;
  const n = members.length;
  let exposures = 0;
  for (let i = 0; i < n; i++) exposures += members[i].shown;
  const keep = exposures > maxExamples ? maxExamples / exposures : 1;
  const threshold = keep >= 1 ? 2 ** 32 : Math.floor(keep * 2 ** 32);
  const capacity = Math.min(exposures, Math.ceil(maxExamples * 1.1) + 1000);
  const x = new Float64Array(capacity * D);
  const y = new Uint8Array(capacity);
  const holdout = new Uint8Array(capacity);
  const table = new ScoreTable(n, input.vocab);
  members.forEach((m, i) => table.set(i, m));
  const likedBy = new Int32Array(n); // stamp a+1: a liked this member
  const soft = new Float64Array(SOFT_FEATURES.length);
  const softAt = SOFT_FEATURES.map((f) => F[f]);
  let count = 0;
  for (let a = 0; a < n && count < capacity; a++) {
    for (let k = fwdOff[a]; k < fwdOff[a + 1]; k++) {
      const code = fwdVal[k] & 7;
      if (code === PAIR_LIKE_IN_WINDOW || code === PAIR_LIKE_OLDER) likedBy[fwdVal[k] >> 3] = a + 1;
    }
    const ma = members[a];
    for (let k = fwdOff[a]; k < fwdOff[a + 1] && count < capacity; k++) {
      const code = fwdVal[k] & 7;
      if (code !== PAIR_SHOWN_RECENT && code !== PAIR_SHOWN_OLDER) continue;
      const b = fwdVal[k] >> 3;
      const h = pairHash(a, b);
      if (h >= threshold) continue;
      const label = likedBy[b] === a + 1 ? 1 : 0;
      const mb = members[b];
      const o = count * D;
      const [kw, age, region] = table.pairTerms(a, b, year);
      x[o + F.bias] = 1;
      x[o + F.eagerness] = behaviourLogit(ma.likesGiven - Math.min(label, ma.likesGiven), ma.shown - 1, likeRate);
      x[o + F.appeal] = behaviourLogit(mb.likesReceived - Math.min(label, mb.likesReceived), mb.shownTo - 1, likeRate);
      x[o + F.keywords] = kw;
      x[o + F.age] = age;
      x[o + F.region] = region;
      x[o + F.recency] = mb.recency;
      x[o + F.newMember] = mb.newMember;
      x[o + F.reports] = mb.reports;
      x[o + F.passedBy] = mb.passedBy;
      x[o + F.meetings] = mb.meetings;
      // the "되도록" agreements are pair facts (no outcome inside them): nothing to leave out
      table.softValues(a, b, soft);
      for (let k = 0; k < soft.length; k++) x[o + softAt[k]] = soft[k];
      y[count] = label;
      holdout[count] = (h & 15) < 2 ? 1 : 0; // ~1/8 held out
      count++;
    }
  }
  return { x, y, holdout, count, exposures };
}

const toVector = (w: Weights) => FEATURES.map((f) => w[f]);
const toWeights = (v: ArrayLike<number>): Weights => Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(v[i] * 1e4) / 1e4])) as Weights;

/**
 * L2-regularised logistic regression by Newton's method on the rows `include` admits, penalising the
 * distance to `prior` (the bias is not penalised). Returns the weights and the iterations used.
 */
export function logisticRegression(x: Float64Array, y: Uint8Array, rows: number, include: (i: number) => boolean, prior: number[], l2 = L2) {
  const w = prior.slice();
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const g = new Float64Array(D);
    const h = new Float64Array(D * D);
    for (let i = 0; i < rows; i++) {
      if (!include(i)) continue;
      const o = i * D;
      let z = 0;
      for (let j = 0; j < D; j++) z += w[j] * x[o + j];
      const p = sigmoid(z);
      const r = p - y[i];
      const c = p * (1 - p);
      for (let j = 0; j < D; j++) {
        const xj = x[o + j];
        if (xj === 0) continue;
        g[j] += r * xj;
        const cj = c * xj;
        for (let k = 0; k <= j; k++) h[j * D + k] += cj * x[o + k];
      }
    }
    for (let j = 0; j < D; j++) {
      for (let k = 0; k < j; k++) h[k * D + j] = h[j * D + k];
      const pen = j === F.bias ? 1e-6 : l2;
      g[j] += pen * (w[j] - prior[j]);
      h[j * D + j] += pen;
    }
    const step = solve(h, g);
    let max = 0;
    for (let j = 0; j < D; j++) {
      w[j] -= step[j];
      max = Math.max(max, Math.abs(step[j]));
    }
    if (max < 1e-7) {
      iterations++;
      break;
    }
  }
  return { weights: w, iterations };
}

/** Solves H s = g for a symmetric positive definite H (Cholesky). */
function solve(h: Float64Array, g: Float64Array): Float64Array {
  const l = new Float64Array(D * D);
  for (let i = 0; i < D; i++) {
    for (let j = 0; j <= i; j++) {
      let s = h[i * D + j];
      for (let k = 0; k < j; k++) s -= l[i * D + k] * l[j * D + k];
      l[i * D + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * D + j];
    }
  }
  const z = new Float64Array(D);
  for (let i = 0; i < D; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= l[i * D + k] * z[k];
    z[i] = s / l[i * D + i];
  }
  const s = new Float64Array(D);
  for (let i = D - 1; i >= 0; i--) {
    let t = z[i];
    for (let k = i + 1; k < D; k++) t -= l[k * D + i] * s[k];
    s[i] = t / l[i * D + i];
  }
  return s;
}

function predict(x: Float64Array, w: ArrayLike<number>, rows: number[]): Float64Array {
  const out = new Float64Array(rows.length);
  rows.forEach((i, r) => {
    let z = 0;
    for (let j = 0; j < D; j++) z += w[j] * x[i * D + j];
    out[r] = sigmoid(z);
  });
  return out;
}

/** Fits the week's weights (or explains why the prior is used). */
export function fitWeights(input: FitInput, opts: { maxExamples?: number; minExamples?: number; minLikes?: number; without?: readonly string[] } = {}): ModelStats {
  const started = performance.now();
  const prior = priorWeights(input.likeRate);
  const ex = extractExamples(input, opts.maxExamples ?? MAX_EXAMPLES);
  // an ablation (the bench's "without" model): these features are absent, weight 0, prior included
  for (const name of opts.without ?? []) {
    const j = FEATURES.indexOf(name as (typeof FEATURES)[number]);
    if (j < 0) continue;
    prior[FEATURES[j]] = 0;
    for (let i = 0; i < ex.count; i++) ex.x[i * D + j] = 0;
  }
  let likes = 0;
  for (let i = 0; i < ex.count; i++) likes += ex.y[i];
  const base = { prior, exposures: ex.exposures, examples: ex.count, likes };
  const ms = () => Math.round(performance.now() - started);
  if (ex.count < (opts.minExamples ?? MIN_EXAMPLES) || likes < (opts.minLikes ?? MIN_LIKES) || ex.count - likes < (opts.minLikes ?? MIN_LIKES)) {
    return { source: "prior", reason: "thin history", weights: prior, ...base, iterations: 0, ms: ms() };
  }
  const priorVec = toVector(prior);
  const fit = logisticRegression(ex.x, ex.y, ex.count, (i) => ex.holdout[i] === 0, priorVec);
  const train: number[] = [];
  const held: number[] = [];
  for (let i = 0; i < ex.count; i++) (ex.holdout[i] ? held : train).push(i);
  const labels = (rows: number[]) => Uint8Array.from(rows, (i) => ex.y[i]);
  const heldY = labels(held);
  const pFit = predict(ex.x, fit.weights, held);
  const pPrior = predict(ex.x, priorVec, held);
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  const holdout = { examples: held.length, auc: r4(auc(pFit, heldY)), logLoss: r4(logLoss(pFit, heldY)), priorAuc: r4(auc(pPrior, heldY)), priorLogLoss: r4(logLoss(pPrior, heldY)) };
  const trainLogLoss = r4(logLoss(predict(ex.x, fit.weights, train), labels(train)));
  const lost = held.length >= 200 && holdout.auc < holdout.priorAuc - 0.005;
  return {
    source: lost ? "prior" : "fitted",
    ...(lost ? { reason: "fit did worse than the prior on held-out exposures" } : {}),
    weights: lost ? prior : toWeights(fit.weights),
    ...base,
    iterations: fit.iterations,
    trainLogLoss,
    holdout,
    ms: ms(),
  };
}
