// Learns the score's weights from the service's own history, inside the weekly batch: every exposure
// of the 12-week window between two pool members is an example (viewer → target, liked or not). Issue
// 24: (1) no feature sees its label — every feature built from the viewer's own actions toward the
// target (the like, a pass, a report, a rated meeting, and their share of the pool's rates) is
// computed leave-one-out; (2) honest validation — a time split: the weights are fitted on weeks
// W−12 … W−2 (features from those weeks' counts) and measured on week W−1 (features as of before it),
// overall and by the viewer's gender, and accepted only when their AUC beats the prior's by more than
// the 95 % bootstrap interval (viewers resampled); the validation week's calibration table (deciles of
// predicted P(mutual) vs observed mutual likes) is stored with the run. A regularised logistic
// regression (Newton's method, L2 towards PRIOR_WEIGHTS) on a deterministic subsample (≤ MAX_EXAMPLES).
// Too little history, no validation week, or a fit that does not beat the prior: the prior weights
// are used (`reason` says which). No external service.
import { auc, logLoss } from "./metrics";
import { ACT_MET_DISLIKED, ACT_MET_LIKED, ACT_PASS, ACT_REPORT, isExposure, isLike, PAIR_LIKE_IN_WINDOW, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "./pair-codes";
import { behaviourLogit, effectiveLikeRate, effectivePassRate, F, FEATURES, meetingsTerm, passedByTerm, priorWeights, ScoreTable, sigmoid, SOFT_FEATURES, type PreparedMember, type Vocabularies, type Weights } from "./score";

/** examples kept at most (deterministic subsample): bounds the fit's time and memory */
export const MAX_EXAMPLES = 250_000;
/** below this many examples or likes the history is too thin: the prior weights are used */
export const MIN_EXAMPLES = 1_000;
export const MIN_LIKES = 50;
/** validation-week examples kept at most (deterministic subsample) */
export const MAX_VALIDATION = 100_000;
/** below this many validation-week examples the fit cannot be validated: the prior weights are used */
export const MIN_VALIDATION = 200;
/** mutual likes the second stage needs at least (else the identity) */
export const MIN_MUTUAL_FOR_CALIBRATION = 20;
/** L2 strength of the second stage towards the identity, in pairs' worth of curvature */
export const CALIBRATION_L2 = 20;
/** bootstrap rounds of the validation's interval */
export const BOOTSTRAP_ROUNDS = 200;
/** L2 strength towards the prior weights (in examples' worth of curvature) */
export const L2 = 5;
const MAX_ITERATIONS = 30;
const D = FEATURES.length;

export type ValidationGroup = { group: string; examples: number; likes: number; auc: number; priorAuc: number };
/** one decile of the validation pairs by predicted P(mutual): mean prediction vs observed mutual likes */
export type CalibrationBin = { decile: number; pairs: number; predicted: number; observed: number };

/** The time-split validation (issue 24): fitted on weeks W−12 … W−2, measured on week W−1. */
export type Validation = {
  /** the validation week's exposures (viewer → target) and likes among them */
  examples: number;
  likes: number;
  /** AUC and log-loss of the fitted and of the prior weights on the validation week */
  auc: number;
  priorAuc: number;
  logLoss: number;
  priorLogLoss: number;
  /** fitted − prior AUC and its 95 % bootstrap interval (viewers resampled, BOOTSTRAP_ROUNDS rounds) */
  deltaAuc: number;
  deltaAucInterval: [number, number];
  rounds: number;
  /** the same by the viewer's gender */
  groups: ValidationGroup[];
  /**
   * P(mutual) of the weights the run uses, by decile, vs the mutual likes observed (both liked, any
   * time), over the validation exposures a → b where b was shown a too in the window (`mutualPairs`):
   * a pair only one side saw cannot be mutual whatever the model says
   */
  mutualPairs: number;
  calibration: CalibrationBin[];
  /** the worst |predicted − observed| over the deciles */
  maxCalibrationError: number;
};

/**
 * The second stage (issue 24 part 3): P(mutual) = σ(a + b · logit(σ(z_ab)·σ(z_ba))), fitted on the
 * validation week's mutual outcomes (pairs shown both ways), L2 towards the identity (a = 0, b = 1).
 * Monotone (b > 0): lists and ranks are unchanged, the stored probability and the expected mutual
 * likes are calibrated. `identity` when the week has too few mutual likes to fit it.
 */
export type MutualCalibration = { a: number; b: number; pairs: number; mutual: number; identity: boolean };

export type ModelStats = {
  source: "fitted" | "prior";
  /** why the prior is used (thin history, no validation week, or the fit did not beat the prior beyond its interval) */
  reason?: string;
  weights: Weights;
  prior: Weights;
  /** exposures in the window between pool members, training examples used, likes among them */
  exposures: number;
  examples: number;
  likes: number;
  iterations: number;
  trainLogLoss?: number;
  /** the time split: fitted on the earlier weeks, measured on the last one */
  validation?: Validation;
  /** the second stage of P(mutual), fitted on the validation week's mutual likes (score.ts calibrateMutual) */
  mutualCalibration?: MutualCalibration;
  /** runs before issue 24: a random 1/8 of the same window's pairs */
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
  /** the viewer's own passes, reports and rated meetings (load-pairs.ts); absent = none recorded */
  actOff?: Int32Array;
  actVal?: Int32Array;
};

/** a 32-bit mix of a pair: the subsample is stable from run to run */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export type Examples = {
  x: Float64Array;
  y: Uint8Array;
  /** 1 = an exposure of the validation week (W−1), 0 = a training exposure (W−12 … W−2) */
  valid: Uint8Array;
  viewer: Int32Array;
  target: Int32Array;
  count: number;
  exposures: number;
};

/** What the fit needs to build features leave-one-out and as of the validation week. */
export class ExampleBuilder {
  readonly n: number;
  readonly table: ScoreTable;
  /** counts of the weeks before the validation week (W−12 … W−2) */
  readonly shown: Int32Array;
  readonly shownTo: Int32Array;
  readonly likesGiven: Int32Array;
  readonly likesReceived: Int32Array;
  readonly totalLikes: number;
  readonly totalShown: number;
  /** passes over all the window's exposures (the pool's pass rate × exposures: load-pool.ts) */
  readonly totalPasses: number;
  readonly totalShownAll: number;
  private readonly soft = new Float64Array(SOFT_FEATURES.length);
  private readonly softAt = SOFT_FEATURES.map((f) => F[f]);

  constructor(private readonly input: FitInput) {
    const { members, fwdOff, fwdVal } = input;
    const n = (this.n = members.length);
    this.table = new ScoreTable(n, input.vocab);
    members.forEach((m, i) => this.table.set(i, m));
    this.shown = new Int32Array(n);
    this.shownTo = new Int32Array(n);
    this.likesGiven = new Int32Array(n);
    this.likesReceived = new Int32Array(n);
    let likes = 0;
    let shown = 0;
    for (let a = 0; a < n; a++) {
      for (let k = fwdOff[a]; k < fwdOff[a + 1]; k++) {
        const code = fwdVal[k] & 7;
        const b = fwdVal[k] >> 3;
        if (code === PAIR_SHOWN_RECENT || code === PAIR_SHOWN_OLDER) {
          this.shown[a]++;
          this.shownTo[b]++;
          shown++;
        } else if (code === PAIR_LIKE_IN_WINDOW) {
          this.likesGiven[a]++;
          this.likesReceived[b]++;
          likes++;
        }
      }
    }
    this.totalLikes = likes;
    this.totalShown = shown;
    let all = 0;
    for (const m of members) all += m.shown;
    this.totalShownAll = all;
    this.totalPasses = members.length ? Math.round((members[0].passRate ?? 0) * all) : 0;
  }

  /** the code of a's entry toward b in a CSR list (-1 none); `want` picks which codes count */
  private find(off: Int32Array | undefined, val: Int32Array | undefined, a: number, b: number, want: (code: number) => boolean): number {
    if (!off || !val) return -1;
    for (let k = off[a]; k < off[a + 1]; k++) if (val[k] >> 3 === b && want(val[k] & 7)) return val[k] & 7;
    return -1;
  }

  /** a liked b (any time) */
  liked(a: number, b: number): boolean {
    return this.find(this.input.fwdOff, this.input.fwdVal, a, b, isLike) >= 0;
  }

  /** a was shown b in the window (any week of it) */
  sawOf(a: number, b: number): boolean {
    return this.find(this.input.fwdOff, this.input.fwdVal, a, b, isExposure) >= 0;
  }

  /** a was shown b before the validation week (the exposure is in the counts) */
  sawBefore(a: number, b: number): boolean {
    return this.find(this.input.fwdOff, this.input.fwdVal, a, b, (c) => c === PAIR_SHOWN_RECENT || c === PAIR_SHOWN_OLDER) >= 0;
  }

  /**
   * The features of viewer a → target b into x[o…o+D), as the score computes them from the counts of
   * the weeks before the validation week, with everything a did toward b taken out of them: the
   * exposure itself (when it is counted: `exposureCounted`), a's like of b, pass, report and rated
   * meeting, and — through the pool's rates — their share of the pool's likes and passes.
   */
  features(a: number, b: number, exposureCounted: boolean, x: Float64Array, o: number): void {
    const { members, year, fwdOff, fwdVal, actOff, actVal } = this.input;
    const mb = members[b];
    // a's like of b, if the counts include it (a like of the window before the validation week)
    const ownLike = this.find(fwdOff, fwdVal, a, b, (c) => c === PAIR_LIKE_IN_WINDOW) >= 0 ? 1 : 0;
    let ownPass = 0;
    let ownReport = 0;
    let ownMetLiked = 0;
    let ownMetDisliked = 0;
    if (actOff && actVal) {
      for (let k = actOff[a]; k < actOff[a + 1]; k++) {
        if (actVal[k] >> 3 !== b) continue;
        const c = actVal[k] & 7;
        if (c === ACT_PASS) ownPass = 1;
        else if (c === ACT_REPORT) ownReport = 1;
        else if (c === ACT_MET_LIKED) ownMetLiked++;
        else if (c === ACT_MET_DISLIKED) ownMetDisliked++;
      }
    }
    const seen = exposureCounted ? 1 : 0;
    const mu = effectiveLikeRate(this.totalShown > 0 ? (this.totalLikes - ownLike) / this.totalShown : 0);
    const rho = effectivePassRate(this.totalShownAll > 0 ? (this.totalPasses - ownPass) / this.totalShownAll : 0);
    const [kw, age, region] = this.table.pairTerms(a, b, year);
    x[o + F.bias] = 1;
    x[o + F.eagerness] = behaviourLogit(this.likesGiven[a] - ownLike, this.shown[a] - seen, mu);
    x[o + F.appeal] = behaviourLogit(this.likesReceived[b] - ownLike, this.shownTo[b] - seen, mu);
    x[o + F.keywords] = kw;
    x[o + F.age] = age;
    x[o + F.region] = region;
    x[o + F.recency] = mb.recency;
    x[o + F.newMember] = mb.newMember;
    x[o + F.reports] = Math.log1p(Math.max(0, mb.reportsReceived - ownReport));
    x[o + F.passedBy] = passedByTerm(Math.max(0, mb.passesReceived - ownPass), this.shownTo[b] - seen, rho);
    x[o + F.meetings] = meetingsTerm(Math.max(0, mb.meetingsLiked - ownMetLiked), Math.max(0, mb.meetingsDisliked - ownMetDisliked));
    // the "되도록" agreements are pair facts (no outcome inside them): nothing to leave out
    this.table.softValues(a, b, this.soft);
    for (let k = 0; k < this.soft.length; k++) x[o + this.softAt[k]] = this.soft[k];
  }
}

/**
 * Every exposure of the window between pool members is an example (viewer → target, label = the
 * viewer liked the target): the weeks before the last one are the training set (a deterministic
 * subsample of at most `maxExamples`), the last week (W−1) the validation set (at most `maxValidation`).
 */
export function extractExamples(input: FitInput, maxExamples = MAX_EXAMPLES, maxValidation = MAX_VALIDATION): Examples {
  const { fwdOff, fwdVal } = input;
  const n = input.members.length;
  let train = 0;
  let valid = 0;
  for (let k = 0; k < fwdVal.length; k++) {
    const code = fwdVal[k] & 7;
    if (code === PAIR_SHOWN_LAST) valid++;
    else if (code === PAIR_SHOWN_RECENT || code === PAIR_SHOWN_OLDER) train++;
  }
  const threshold = (keep: number) => (keep >= 1 ? 2 ** 32 : Math.floor(keep * 2 ** 32));
  const trainAt = threshold(train > maxExamples ? maxExamples / train : 1);
  const validAt = threshold(valid > maxValidation ? maxValidation / valid : 1);
  const capacity = Math.min(train, Math.ceil(maxExamples * 1.1) + 1000) + Math.min(valid, Math.ceil(maxValidation * 1.1) + 1000);
  const x = new Float64Array(capacity * D);
  const y = new Uint8Array(capacity);
  const isValid = new Uint8Array(capacity);
  const viewer = new Int32Array(capacity);
  const target = new Int32Array(capacity);
  const builder = new ExampleBuilder(input);
  const likedBy = new Int32Array(n); // stamp a+1: a liked this member (any time)
  let count = 0;
  for (let a = 0; a < n && count < capacity; a++) {
    for (let k = fwdOff[a]; k < fwdOff[a + 1]; k++) if (isLike(fwdVal[k] & 7)) likedBy[fwdVal[k] >> 3] = a + 1;
    for (let k = fwdOff[a]; k < fwdOff[a + 1] && count < capacity; k++) {
      const code = fwdVal[k] & 7;
      if (!isExposure(code)) continue;
      const last = code === PAIR_SHOWN_LAST;
      const b = fwdVal[k] >> 3;
      if (pairHash(a, b) >= (last ? validAt : trainAt)) continue;
      builder.features(a, b, !last, x, count * D);
      y[count] = likedBy[b] === a + 1 ? 1 : 0;
      isValid[count] = last ? 1 : 0;
      viewer[count] = a;
      target[count] = b;
      count++;
    }
  }
  return { x, y, valid: isValid, viewer, target, count, exposures: train + valid };
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

function predict(x: Float64Array, w: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    let z = 0;
    for (let j = 0; j < D; j++) z += w[j] * x[i * D + j];
    out[r] = sigmoid(z);
  }
  return out;
}

/** a small deterministic PRNG (mulberry32): the bootstrap is the same from run to run */
function prng(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * AUC with integer weights per example (a bootstrap resample), from an order sorted by score once:
 * O(rows) per call. Ties share their rank (the weighted Mann–Whitney statistic).
 */
function weightedAuc(order: Int32Array, scores: Float64Array, labels: Uint8Array, weight: (row: number) => number): number {
  let neg = 0;
  let pos = 0;
  let sum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let gPos = 0;
    let gNeg = 0;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      const w = weight(order[j]);
      if (labels[order[j]]) gPos += w;
      else gNeg += w;
      j++;
    }
    sum += gPos * (neg + gNeg / 2);
    neg += gNeg;
    pos += gPos;
    i = j;
  }
  return pos === 0 || neg === 0 ? 0.5 : sum / (pos * neg);
}

const sortedBy = (scores: Float64Array) => Int32Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);

/**
 * The 95 % interval of AUC(fit) − AUC(prior) on the validation rows, resampling viewers with
 * replacement (a viewer's examples move together: they share the viewer's features).
 */
export function bootstrapDeltaAuc(pFit: Float64Array, pPrior: Float64Array, labels: Uint8Array, cluster: Int32Array, rounds = BOOTSTRAP_ROUNDS, seed = 24): [number, number] {
  const ids = new Map<number, number>();
  const c = Int32Array.from(cluster, (v) => (ids.has(v) ? ids.get(v)! : (ids.set(v, ids.size), ids.size - 1)));
  const k = ids.size;
  const times = new Int32Array(k);
  const oFit = sortedBy(pFit);
  const oPrior = sortedBy(pPrior);
  const rand = prng(seed);
  const deltas: number[] = [];
  for (let r = 0; r < rounds; r++) {
    times.fill(0);
    for (let i = 0; i < k; i++) times[Math.floor(rand() * k)]++;
    const w = (row: number) => times[c[row]];
    deltas.push(weightedAuc(oFit, pFit, labels, w) - weightedAuc(oPrior, pPrior, labels, w));
  }
  deltas.sort((a, b) => a - b);
  const at = (q: number) => deltas[Math.min(rounds - 1, Math.max(0, Math.round(q * (rounds - 1))))];
  return [at(0.025), at(0.975)];
}

/** Deciles of the pairs by predicted probability: mean prediction vs observed rate. */
export function calibrationTable(predicted: ArrayLike<number>, observed: ArrayLike<number>, bins = 10): CalibrationBin[] {
  const n = predicted.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => predicted[a] - predicted[b]);
  const out: CalibrationBin[] = [];
  for (let d = 0; d < bins; d++) {
    const lo = Math.floor((d * n) / bins);
    const hi = Math.floor(((d + 1) * n) / bins);
    if (hi <= lo) continue;
    let p = 0;
    let o = 0;
    for (let i = lo; i < hi; i++) {
      p += predicted[order[i]];
      o += observed[order[i]];
    }
    out.push({ decile: d + 1, pairs: hi - lo, predicted: r4(p / (hi - lo)), observed: r4(o / (hi - lo)) });
  }
  return out;
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The validation pairs' P(mutual) under `w` and whether the like was mutual: for each validation
 * exposure a → b where b was shown a too, σ(z_ab)·σ(z_ba) with both directions' features as of the
 * validation week (leave-one-out of each side's own actions), observed = a liked b and b liked a.
 */
export function mutualOnValidation(builder: ExampleBuilder, ex: Examples, rows: ArrayLike<number>, w: ArrayLike<number>): { predicted: number[]; observed: number[] } {
  const predicted: number[] = [];
  const observed: number[] = [];
  const back = new Float64Array(D);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const a = ex.viewer[i];
    const b = ex.target[i];
    if (!builder.sawOf(b, a)) continue;
    let zab = 0;
    for (let j = 0; j < D; j++) zab += w[j] * ex.x[i * D + j];
    builder.features(b, a, builder.sawBefore(b, a), back, 0);
    let zba = 0;
    for (let j = 0; j < D; j++) zba += w[j] * back[j];
    predicted.push(sigmoid(zab) * sigmoid(zba));
    observed.push(ex.y[i] && builder.liked(b, a) ? 1 : 0);
  }
  return { predicted, observed };
}

/** Platt scaling on logit(p) with L2 towards (a, b) = (0, 1), by Newton's method (2×2). */
export function fitMutualCalibration(predicted: ArrayLike<number>, observed: ArrayLike<number>, l2 = CALIBRATION_L2): MutualCalibration {
  const n = predicted.length;
  let mutual = 0;
  for (let i = 0; i < n; i++) mutual += observed[i];
  if (mutual < MIN_MUTUAL_FOR_CALIBRATION || n - mutual < MIN_MUTUAL_FOR_CALIBRATION) return { a: 0, b: 1, pairs: n, mutual, identity: true };
  const s = Float64Array.from({ length: n }, (_, i) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, predicted[i]));
    return Math.log(p / (1 - p));
  });
  let a = 0;
  let b = 1;
  for (let it = 0; it < 50; it++) {
    let ga = l2 * a;
    let gb = l2 * (b - 1);
    let haa = l2;
    let hab = 0;
    let hbb = l2;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a + b * s[i]);
      const r = p - observed[i];
      const c = p * (1 - p);
      ga += r;
      gb += r * s[i];
      haa += c;
      hab += c * s[i];
      hbb += c * s[i] * s[i];
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  // monotone: the order of the scores (the lists) never changes
  b = Math.max(0.05, b);
  return { a: r4(a), b: r4(b), pairs: n, mutual, identity: false };
}

export type FitOptions = { maxExamples?: number; maxValidation?: number; minExamples?: number; minLikes?: number; minValidation?: number; rounds?: number; without?: readonly string[] };

/** Fits the week's weights on the earlier weeks and validates them on the last one (or explains why the prior is used). */
export function fitWeights(input: FitInput, opts: FitOptions = {}): ModelStats {
  const started = performance.now();
  const prior = priorWeights(input.likeRate);
  const ex = extractExamples(input, opts.maxExamples ?? MAX_EXAMPLES, opts.maxValidation ?? MAX_VALIDATION);
  // an ablation (the bench's "without" model): these features are absent, weight 0, prior included
  for (const name of opts.without ?? []) {
    const j = FEATURES.indexOf(name as (typeof FEATURES)[number]);
    if (j < 0) continue;
    prior[FEATURES[j]] = 0;
    for (let i = 0; i < ex.count; i++) ex.x[i * D + j] = 0;
  }
  const train: number[] = [];
  const held: number[] = [];
  let likes = 0;
  let heldLikes = 0;
  for (let i = 0; i < ex.count; i++) {
    if (ex.valid[i]) {
      held.push(i);
      heldLikes += ex.y[i];
    } else {
      train.push(i);
      likes += ex.y[i];
    }
  }
  const base = { prior, exposures: ex.exposures, examples: train.length, likes };
  const ms = () => Math.round(performance.now() - started);
  const minLikes = opts.minLikes ?? MIN_LIKES;
  if (train.length < (opts.minExamples ?? MIN_EXAMPLES) || likes < minLikes || train.length - likes < minLikes) {
    return { source: "prior", reason: "thin history", weights: prior, ...base, iterations: 0, ms: ms() };
  }
  const priorVec = toVector(prior);
  const fit = logisticRegression(ex.x, ex.y, ex.count, (i) => ex.valid[i] === 0, priorVec);
  const trainLogLoss = r4(logLoss(predict(ex.x, fit.weights, train), Uint8Array.from(train, (i) => ex.y[i])));
  const minHeldLikes = Math.max(1, Math.round(minLikes / 5));
  if (held.length < (opts.minValidation ?? MIN_VALIDATION) || heldLikes < minHeldLikes || held.length - heldLikes < minHeldLikes) {
    return { source: "prior", reason: "no validation week", weights: prior, ...base, iterations: fit.iterations, trainLogLoss, ms: ms() };
  }
  const heldY = Uint8Array.from(held, (i) => ex.y[i]);
  const pFit = predict(ex.x, fit.weights, held);
  const pPrior = predict(ex.x, priorVec, held);
  const aucFit = auc(pFit, heldY);
  const aucPrior = auc(pPrior, heldY);
  const rounds = Math.max(1, opts.rounds ?? BOOTSTRAP_ROUNDS);
  const interval = bootstrapDeltaAuc(pFit, pPrior, heldY, Int32Array.from(held, (i) => ex.viewer[i]), rounds);
  const accepted = interval[0] > 0;
  const groups: ValidationGroup[] = (["M", "F"] as const).map((g) => {
    const idx: number[] = [];
    held.forEach((i, r) => {
      if (input.members[ex.viewer[i]].gender === g) idx.push(r);
    });
    const y = Uint8Array.from(idx, (r) => heldY[r]);
    return {
      group: g,
      examples: idx.length,
      likes: y.reduce((s, v) => s + v, 0),
      auc: r4(auc(Float64Array.from(idx, (r) => pFit[r]), y)),
      priorAuc: r4(auc(Float64Array.from(idx, (r) => pPrior[r]), y)),
    };
  });
  const used = accepted ? fit.weights : priorVec;
  const mutual = mutualOnValidation(new ExampleBuilder(input), ex, held, used);
  const calibration = calibrationTable(mutual.predicted, mutual.observed);
  const mutualCalibration = fitMutualCalibration(mutual.predicted, mutual.observed);
  const validation: Validation = {
    examples: held.length,
    likes: heldLikes,
    auc: r4(aucFit),
    priorAuc: r4(aucPrior),
    logLoss: r4(logLoss(pFit, heldY)),
    priorLogLoss: r4(logLoss(pPrior, heldY)),
    deltaAuc: r4(aucFit - aucPrior),
    deltaAucInterval: [r4(interval[0]), r4(interval[1])],
    rounds,
    groups,
    mutualPairs: mutual.predicted.length,
    calibration,
    maxCalibrationError: r4(Math.max(0, ...calibration.map((c) => Math.abs(c.predicted - c.observed)))),
  };
  return {
    source: accepted ? "fitted" : "prior",
    ...(accepted ? {} : { reason: "fit did not beat the prior beyond its bootstrap interval on the validation week" }),
    weights: accepted ? toWeights(fit.weights) : prior,
    ...base,
    iterations: fit.iterations,
    trainLogLoss,
    validation,
    mutualCalibration,
    ms: ms(),
  };
}
