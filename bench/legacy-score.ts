// The LEGACY pair score (the weekly build's scorer before the current one, docs/recommendations.md), kept for the benchmark only so the
// offline evaluation compares old and new on the same replayed history (bench/offline-eval.ts).
// Not used by the service. Formula: docs/recommendations.md, "The previous score".
import type { Gender } from "@/lib/generated/prisma/enums";

// ---- weights of one side's fit (base = pair terms + bonuses of the member being looked at)
export const W_KEYWORDS = 1.0;
export const W_AGE = 0.6;
export const W_REGION = 0.4;
export const W_RECENCY = 0.3;
export const W_NEW = 0.25;
export const W_UNEXPOSED = 0.15;
/** pair terms at their best, and the base at its best: scores are divided by BASE_MAX */
export const PAIR_TERMS_MAX = W_KEYWORDS + W_AGE + W_REGION;
export const BONUS_MAX = W_RECENCY + W_NEW + W_UNEXPOSED;
export const BASE_MAX = PAIR_TERMS_MAX + BONUS_MAX;

/** keyword term when the viewer named no preferred keywords: neither a reward nor a penalty */
export const KEYWORD_NEUTRAL = 0.5;
/** age term falls linearly from the centre of the wished range to 0 this far beyond its edge */
export const AGE_SLACK_YEARS = 3;
export const RECENCY_HALF_LIFE_DAYS = 14;
export const NEW_MEMBER_DAYS = 14;

// ---- behaviour from earlier weeks (Bayesian averages, so a member with no history is neutral)
/** pseudo-exposures at the global like rate added to every member's record */
export const PRIOR_STRENGTH = 10;
/** global like rate used when there is no history at all */
export const DEFAULT_LIKE_RATE = 0.1;
export const LIFT_MIN = 0.25;
export const LIFT_MAX = 4;
/** how strongly behaviour moves the score: lift^0.5 */
export const BEHAVIOUR_EXPONENT = 0.5;
/** each distinct reporter divides the member's attractiveness: 1 / (1 + 0.5 · reporters) */
export const REPORT_PENALTY = 0.5;

const DAY_MS = 86_400_000;

export type ScoreProfile = { gender: Gender; birthYear: number; region: string | null; keywords: readonly string[] };
export type ScorePreference = { targetGender: Gender; ageMin: number; ageMax: number; regions: readonly string[]; keywords: readonly string[] };
/** Activity of earlier weeks (the score window); counts are of rows, not people, except reports. */
export type ActivityStats = {
  joinedAt: Date;
  lastActiveAt: Date | null;
  /** exposures where this member was the viewer */
  shown: number;
  /** likes this member sent */
  likesGiven: number;
  /** exposures where this member was shown to someone */
  shownTo: number;
  /** likes this member received */
  likesReceived: number;
  /** distinct members who reported this member */
  reportsReceived: number;
};
export type ScoreMember = { profile: ScoreProfile; preference: ScorePreference; stats: ActivityStats };
export type ScoreContext = {
  /** reference time for recency and "new" (the build uses the week's Monday 00:00 KST) */
  now: Date;
  /** year ages are reckoned in (the ISO week-year of the batch week) */
  year: number;
  /** global like rate of the window (likes / exposures), the prior of the Bayesian averages */
  likeRate?: number;
};

/** Interns keywords and regions as small integers so the hot loop compares numbers and bits. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.ids.size));
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}
export type Vocabularies = { keywords: Vocabulary; regions: Vocabulary };
export const newVocabularies = (): Vocabularies => ({ keywords: new Vocabulary(), regions: new Vocabulary() });

export type PreparedMember = {
  gender: Gender;
  targetGender: Gender;
  birthYear: number;
  ageMin: number;
  ageMax: number;
  /** region id, -1 when unknown */
  region: number;
  /** own keywords, as a bitset over the keyword vocabulary */
  kwBits: Uint32Array;
  /** preferred keywords as a bitset, and how many there are */
  prefKwMask: Uint32Array;
  prefKwCount: number;
  /** preferred regions as a bitset over the region vocabulary (none = anywhere) */
  prefRegionMask: Uint32Array;
  prefRegionCount: number;
  ageCentre: number;
  ageHalf: number;
  /** recency + new + unexposed bonuses this member brings to the other side's fit */
  bonus: number;
  pickLift: number;
  desirLift: number;
  reportFactor: number;
  /** (pickLift · desirLift)^β · reportFactor: this member's factor in the reciprocal product */
  behaviour: number;
};

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

export function effectiveLikeRate(likeRate: number | undefined): number {
  return likeRate && Number.isFinite(likeRate) && likeRate > 0 ? clamp(likeRate, 0.01, 0.9) : DEFAULT_LIKE_RATE;
}

/** Bayesian average of a rate, as a lift over the global rate (1 = average, or no history). */
export function smoothedLift(events: number, trials: number, globalRate: number): number {
  const rate = (Math.max(0, events) + PRIOR_STRENGTH * globalRate) / (Math.max(0, trials) + PRIOR_STRENGTH);
  return clamp(rate / globalRate, LIFT_MIN, LIFT_MAX);
}

export function recency(lastActiveAt: Date | null, joinedAt: Date, now: Date): number {
  const last = (lastActiveAt ?? joinedAt).getTime();
  const days = Math.max(0, (now.getTime() - last) / DAY_MS);
  return Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
}

function bitset(ids: Iterable<number>): Uint32Array {
  const list = [...new Set(ids)];
  const bits = new Uint32Array(Math.max(1, Math.ceil((Math.max(-1, ...list) + 1) / 32)));
  for (const id of list) bits[id >>> 5] |= 1 << (id & 31);
  return bits;
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function prepareMember(m: ScoreMember, ctx: ScoreContext, vocab: Vocabularies): PreparedMember {
  const { profile: p, preference: f, stats: s } = m;
  const prefKw = new Set(f.keywords.map((k) => vocab.keywords.id(k)));
  const prefRegions = new Set(f.regions.map((r) => vocab.regions.id(r)));
  const mu = effectiveLikeRate(ctx.likeRate);
  const isNew = ctx.now.getTime() - s.joinedAt.getTime() < NEW_MEMBER_DAYS * DAY_MS;
  const bonus = W_RECENCY * recency(s.lastActiveAt, s.joinedAt, ctx.now) + (isNew ? W_NEW : 0) + (s.shownTo === 0 ? W_UNEXPOSED : 0);
  const pickLift = smoothedLift(s.likesGiven, s.shown, mu);
  const desirLift = smoothedLift(s.likesReceived, s.shownTo, mu);
  const reportFactor = 1 / (1 + REPORT_PENALTY * Math.max(0, s.reportsReceived));
  return {
    gender: p.gender,
    targetGender: f.targetGender,
    birthYear: p.birthYear,
    ageMin: f.ageMin,
    ageMax: f.ageMax,
    region: p.region ? vocab.regions.id(p.region) : -1,
    kwBits: bitset(p.keywords.map((k) => vocab.keywords.id(k))),
    prefKwMask: bitset(prefKw),
    prefKwCount: prefKw.size,
    prefRegionMask: bitset(prefRegions),
    prefRegionCount: prefRegions.size,
    ageCentre: (f.ageMin + f.ageMax) / 2,
    ageHalf: Math.max(0, (f.ageMax - f.ageMin) / 2),
    bonus,
    pickLift,
    desirLift,
    reportFactor,
    behaviour: Math.pow(pickLift * desirLift, BEHAVIOUR_EXPONENT) * reportFactor,
  };
}

/**
 * Members as columns (typed arrays, one row per member): the one implementation of the formula,
 * used by the weekly build's hot loop (rows in bucket order, so scans are sequential in memory)
 * and, through a two-row table, by the object API below.
 */
export class ScoreTable {
  readonly kwWords: number;
  readonly regionWords: number;
  readonly birthYear: Int32Array;
  readonly ageMin: Int32Array;
  readonly ageMax: Int32Array;
  readonly region: Int32Array;
  readonly kw: Uint32Array;
  readonly prefKw: Uint32Array;
  readonly prefKwCount: Int32Array;
  /** 1 / prefKwCount (0 when none): multiplications instead of divisions in the hot loop */
  readonly invPrefKwCount: Float64Array;
  readonly prefRegion: Uint32Array;
  readonly prefRegionCount: Int32Array;
  readonly ageCentre: Float64Array;
  readonly ageHalf: Float64Array;
  /** 1 / (ageHalf + AGE_SLACK_YEARS) */
  readonly invAgeSpan: Float64Array;
  readonly bonus: Float64Array;
  readonly behaviour: Float64Array;

  constructor(rows: number, vocab: Vocabularies) {
    this.kwWords = Math.max(1, Math.ceil(vocab.keywords.size / 32));
    this.regionWords = Math.max(1, Math.ceil(vocab.regions.size / 32));
    this.birthYear = new Int32Array(rows);
    this.ageMin = new Int32Array(rows);
    this.ageMax = new Int32Array(rows);
    this.region = new Int32Array(rows);
    this.kw = new Uint32Array(rows * this.kwWords);
    this.prefKw = new Uint32Array(rows * this.kwWords);
    this.prefKwCount = new Int32Array(rows);
    this.invPrefKwCount = new Float64Array(rows);
    this.prefRegion = new Uint32Array(rows * this.regionWords);
    this.prefRegionCount = new Int32Array(rows);
    this.ageCentre = new Float64Array(rows);
    this.ageHalf = new Float64Array(rows);
    this.invAgeSpan = new Float64Array(rows);
    this.bonus = new Float64Array(rows);
    this.behaviour = new Float64Array(rows);
  }

  set(i: number, m: PreparedMember): void {
    this.birthYear[i] = m.birthYear;
    this.ageMin[i] = m.ageMin;
    this.ageMax[i] = m.ageMax;
    this.region[i] = m.region;
    this.kw.set(m.kwBits.subarray(0, this.kwWords), i * this.kwWords);
    this.prefKw.set(m.prefKwMask.subarray(0, this.kwWords), i * this.kwWords);
    this.prefKwCount[i] = m.prefKwCount;
    this.invPrefKwCount[i] = m.prefKwCount > 0 ? 1 / m.prefKwCount : 0;
    this.prefRegion.set(m.prefRegionMask.subarray(0, this.regionWords), i * this.regionWords);
    this.prefRegionCount[i] = m.prefRegionCount;
    this.ageCentre[i] = m.ageCentre;
    this.ageHalf[i] = m.ageHalf;
    this.invAgeSpan[i] = 1 / (m.ageHalf + AGE_SLACK_YEARS);
    this.bonus[i] = m.bonus;
    this.behaviour[i] = m.behaviour;
  }

  /** Share of x's preferred keywords found in y's profile (neutral when x named none). */
  keywordOverlap(x: number, y: number): number {
    if (this.prefKwCount[x] === 0) return KEYWORD_NEUTRAL;
    const w = this.kwWords;
    let hits = 0;
    for (let k = 0; k < w; k++) hits += popcount(this.prefKw[x * w + k] & this.kw[y * w + k]);
    return hits * this.invPrefKwCount[x];
  }

  /** 1 at the centre of x's wished age range, falling to 0 at AGE_SLACK_YEARS beyond its edge. */
  ageCloseness(x: number, ageOfY: number): number {
    const d = Math.abs(ageOfY - this.ageCentre[x]) * this.invAgeSpan[x];
    return d >= 1 ? 0 : 1 - d;
  }

  /** True when `region` is one of x's preferred regions. */
  prefersRegion(x: number, region: number): boolean {
    if (region < 0) return false;
    const word = region >>> 5;
    return word < this.regionWords && ((this.prefRegion[x * this.regionWords + word] >>> (region & 31)) & 1) === 1;
  }

  /** 1 when y's region is one x wished for, or (x named none) x's own region. */
  regionMatch(x: number, yRegion: number): number {
    if (yRegion < 0) return 0;
    if (this.prefRegionCount[x] === 0) return yRegion === this.region[x] ? 1 : 0;
    return this.prefersRegion(x, yRegion) ? 1 : 0;
  }

  /** x's fit to y before behaviour: stated-preference terms plus y's bonuses, in [0, BASE_MAX]. */
  directedBase(x: number, y: number, year: number): number {
    return (
      W_KEYWORDS * this.keywordOverlap(x, y) +
      W_AGE * this.ageCloseness(x, year - this.birthYear[y]) +
      W_REGION * this.regionMatch(x, this.region[y]) +
      this.bonus[y]
    );
  }

  /**
   * Geometric mean of both sides' fits, divided by BASE_MAX: symmetric, and low unless BOTH fit.
   * fit(x→y) = base(x→y) · (pickLift(x) · desirLift(y))^β · reportFactor(y), so the product of the
   * two fits is base(a→b) · base(b→a) · behaviour(a) · behaviour(b).
   */
  pairScore(a: number, b: number, year: number): number {
    return Math.sqrt(this.directedBase(a, b, year) * this.directedBase(b, a, year) * this.behaviour[a] * this.behaviour[b]) / BASE_MAX;
  }
}

function twoRowTable(a: PreparedMember, b: PreparedMember, vocab: Vocabularies): ScoreTable {
  const table = new ScoreTable(2, vocab);
  table.set(0, a);
  table.set(1, b);
  return table;
}

/** One side's fit, divided by BASE_MAX: how much a should want b (a's eagerness, b's appeal and reports included). */
export function directedFit(a: ScoreMember, b: ScoreMember, ctx: ScoreContext): number {
  const vocab = newVocabularies();
  const pa = prepareMember(a, ctx, vocab);
  const pb = prepareMember(b, ctx, vocab);
  const base = twoRowTable(pa, pb, vocab).directedBase(0, 1, ctx.year);
  return (base * Math.pow(pa.pickLift * pb.desirLift, BEHAVIOUR_EXPONENT) * pb.reportFactor) / BASE_MAX;
}

/** The reciprocal score of a pair (higher is better; about 1 for a perfect mutual fit of average members). */
export function pairScore(a: ScoreMember, b: ScoreMember, ctx: ScoreContext): number {
  const vocab = newVocabularies();
  const pa = prepareMember(a, ctx, vocab);
  const pb = prepareMember(b, ctx, vocab);
  return twoRowTable(pa, pb, vocab).pairScore(0, 1, ctx.year);
}
