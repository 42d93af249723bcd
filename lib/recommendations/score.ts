// The reciprocal pair score (pure): P(a likes b) · P(b likes a), each a logistic model over the viewer's
// eagerness, the target's appeal (both smoothed like rates in log-odds), the stated-preference terms
// and the target's reports / passes / post-meeting feedback. Shared by the weekly build, a member's
// top-up and the admin candidate list (explainPair gives the reasons). The weights are fitted on the
// service's own history each week (fit-model.ts); PRIOR_WEIGHTS stand in while history is thin.
// Formula and reasons: docs/recommendations.md.
import type { Gender } from "@/lib/generated/prisma/enums";
import type { MarriageFacts, MarriagePrefs } from "@/lib/core/marriage";
import { encodeFacts, encodePrefs, mustAdmits, NO_HEIGHT, SOFT_FIELDS, softCategorical, softHeight, type EncodedPrefs } from "./marriage-rules";

/** the "되도록" agreement terms (marriage-rules.ts), in SOFT_FIELDS order */
export const SOFT_FEATURES = ["prefReligion", "prefSmoking", "prefDrinking", "prefMarital", "prefChildren", "prefEducation", "prefHeight", "prefTiming"] as const;
export type SoftFeature = (typeof SOFT_FEATURES)[number];

/** the terms of logit P(x likes y), in the order of a weight vector */
export const FEATURES = ["bias", "eagerness", "appeal", "keywords", "age", "region", "recency", "newMember", "reports", "passedBy", "meetings", ...SOFT_FEATURES] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Weights = Record<FeatureName, number>;
export const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

/** what each term means, for the admin page and the candidate list's reasons */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  bias: "기본값",
  eagerness: "보는 사람의 적극성(좋아요 비율)",
  appeal: "상대의 호감도(받은 좋아요 비율)",
  keywords: "원하는 키워드 일치",
  age: "희망 나이 중심과의 거리",
  region: "희망(또는 같은) 지역",
  recency: "상대의 최근 활동",
  newMember: "상대가 신규 회원",
  reports: "상대가 받은 신고",
  passedBy: "상대가 받은 패스 비율",
  meetings: "상대의 만남 후 평가",
  prefReligion: "되도록: 종교",
  prefSmoking: "되도록: 흡연",
  prefDrinking: "되도록: 음주",
  prefMarital: "되도록: 결혼 경험",
  prefChildren: "되도록: 자녀",
  prefEducation: "되도록: 최소 학력",
  prefHeight: "되도록: 키",
  prefTiming: "되도록: 결혼 시기",
};

/**
 * Fixed weights used while the history is too thin to fit (fit-model.ts) and as the centre of the
 * fit's regularisation. Behaviour enters with weight 1 in log-odds (a smoothed like rate counts in
 * full, as in "pickiness × desirability"); content terms move the odds by at most e^1; one reporter
 * divides the odds by ~1.7. The bias follows the pool's like rate (priorWeights).
 */
export const PRIOR_WEIGHTS: Weights = {
  bias: -3.2, eagerness: 1, appeal: 1, keywords: 1, age: 0.6, region: 0.4, recency: 0.3, newMember: 0.25, reports: -0.8, passedBy: -0.5, meetings: 0.5,
  // a "되도록" answered either way moves the odds by e^±0.3 until the fit learns better
  prefReligion: 0.3, prefSmoking: 0.3, prefDrinking: 0.3, prefMarital: 0.3, prefChildren: 0.3, prefEducation: 0.3, prefHeight: 0.3, prefTiming: 0.3,
};

/** Weights stored before a feature existed (a run's stats) get that feature's prior weight. */
export function completeWeights(w: Partial<Weights>): Weights {
  const out = { ...PRIOR_WEIGHTS, ...w };
  for (const f of FEATURES) if (typeof out[f] !== "number" || !Number.isFinite(out[f])) out[f] = PRIOR_WEIGHTS[f];
  return out;
}
/** prior bias = logit(pool like rate) − the content terms' typical sum */
const PRIOR_CONTENT_OFFSET = 1.0;

/** keyword term when the viewer named no preferred keywords: neither a reward nor a penalty */
export const KEYWORD_NEUTRAL = 0.5;
/** age term falls linearly from the centre of the wished range to 0 this far beyond its edge */
export const AGE_SLACK_YEARS = 3;
export const RECENCY_HALF_LIFE_DAYS = 14;
export const NEW_MEMBER_DAYS = 14;
/** pseudo-exposures at the pool's rate added to every member's record (Bayesian average) */
export const PRIOR_STRENGTH = 10;
/** like rate used when there is no history at all */
export const DEFAULT_LIKE_RATE = 0.1;
/** smoothed rates are kept inside [rate/8, rate·8]-ish log-odds: no member made invisible or unavoidable */
export const BEHAVIOUR_LOGIT_MAX = 3;
/** pseudo-meetings (neutral) added to the post-meeting feedback */
export const MEETING_PRIOR = 3;

const DAY_MS = 86_400_000;

/** `height` and `marriage` are optional: absent = not answered (older callers and fixtures) */
export type ScoreProfile = { gender: Gender; birthYear: number; region: string | null; keywords: readonly string[]; height?: number | null; marriage?: MarriageFacts };
export type ScorePreference = { targetGender: Gender; ageMin: number; ageMax: number; regions: readonly string[]; keywords: readonly string[]; marriage?: MarriagePrefs };
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
  /** explicit passes this member received (0 until the service records passes) */
  passesReceived?: number;
  /** post-meeting feedback about this member: liked / not liked (0 until recorded) */
  meetingsLiked?: number;
  meetingsDisliked?: number;
};
export type ScoreMember = { profile: ScoreProfile; preference: ScorePreference; stats: ActivityStats };
export type ScoreContext = {
  /** reference time for recency and "new" (the build uses the week's Monday 00:00 KST) */
  now: Date;
  /** year ages are reckoned in (the ISO week-year of the batch week) */
  year: number;
  /** the pool's like rate (likes / exposures), the prior of the smoothed rates */
  likeRate?: number;
  /** the pool's pass rate (passes / exposures); 0 or absent = no pass data, the term is neutral */
  passRate?: number;
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
  kwBits: Uint32Array;
  prefKwMask: Uint32Array;
  prefKwCount: number;
  prefRegionMask: Uint32Array;
  prefRegionCount: number;
  ageCentre: number;
  ageHalf: number;
  /** the member's own terms (0 = neutral): eagerness as a viewer, appeal … meetings as a target */
  eagerness: number;
  appeal: number;
  recency: number;
  newMember: number;
  reports: number;
  passedBy: number;
  meetings: number;
  /** raw counts, for the fit's leave-one-out features */
  shown: number;
  likesGiven: number;
  shownTo: number;
  likesReceived: number;
  likeRate: number;
  /** raw counts behind passedBy, reports and meetings (the fit takes the example's own action out of them) */
  passesReceived: number;
  reportsReceived: number;
  meetingsLiked: number;
  meetingsDisliked: number;
  /** the pool's pass count over its exposures (0 = no pass data): passedBy's prior rate before clamping */
  passRate: number;
  /** the marriage answers as bits, height in cm (0 = unknown), the preferences encoded (marriage-rules.ts) */
  facts: number;
  height: number;
  prefs: EncodedPrefs;
};

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

export function effectiveLikeRate(likeRate: number | undefined): number {
  return likeRate && Number.isFinite(likeRate) && likeRate > 0 ? clamp(likeRate, 0.01, 0.9) : DEFAULT_LIKE_RATE;
}

/** the prior rate of passedBy: 0 (no pass data: the term is neutral) or the pool's pass rate, clamped */
export function effectivePassRate(passRate: number | undefined): number {
  return passRate && Number.isFinite(passRate) && passRate > 0 ? clamp(passRate, 0.01, 0.9) : 0;
}

/** passedBy(y): y's smoothed share of viewers who passed y, log-odds against the pool's pass rate (0 without pass data) */
export function passedByTerm(passes: number, shownTo: number, effectiveRate: number): number {
  return effectiveRate > 0 ? behaviourLogit(passes, shownTo, effectiveRate) : 0;
}

/** meetings(y) = (liked − not liked) / (meetings + MEETING_PRIOR) of y's post-meeting feedback */
export function meetingsTerm(liked: number, disliked: number): number {
  return (liked - disliked) / (liked + disliked + MEETING_PRIOR);
}

/**
 * The calibrated probability of a mutual like (fit-model.ts MutualCalibration, the second stage
 * fitted on mutual outcomes): σ(a + b · logit(p)); p itself without a calibration. Monotone.
 */
export function calibrateMutual(p: number, c?: { a: number; b: number } | null): number {
  if (!c || (c.a === 0 && c.b === 1)) return p;
  const q = clamp(p, 1e-6, 1 - 1e-6);
  return sigmoid(c.a + c.b * Math.log(q / (1 - q)));
}

/** The weights used without a fit: PRIOR_WEIGHTS with the bias set from the pool's like rate. */
export function priorWeights(likeRate?: number): Weights {
  return { ...PRIOR_WEIGHTS, bias: logit(effectiveLikeRate(likeRate)) - PRIOR_CONTENT_OFFSET };
}

/**
 * A Bayesian average of a rate, as log-odds relative to the pool's rate: 0 without history, moving
 * towards the observed rate as evidence accumulates: rate = (events + K·μ) / (trials + K).
 */
export function behaviourLogit(events: number, trials: number, rate: number): number {
  const smoothed = (Math.max(0, events) + PRIOR_STRENGTH * rate) / (Math.max(0, trials) + PRIOR_STRENGTH);
  return clamp(logit(clamp(smoothed, 1e-6, 1 - 1e-6)) - logit(rate), -BEHAVIOUR_LOGIT_MAX, BEHAVIOUR_LOGIT_MAX);
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

export function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function prepareMember(m: ScoreMember, ctx: ScoreContext, vocab: Vocabularies): PreparedMember {
  const { profile: p, preference: f, stats: s } = m;
  const prefKw = new Set(f.keywords.map((k) => vocab.keywords.id(k)));
  const prefRegions = new Set(f.regions.map((r) => vocab.regions.id(r)));
  const mu = effectiveLikeRate(ctx.likeRate);
  const passRate = effectivePassRate(ctx.passRate);
  const liked = s.meetingsLiked ?? 0;
  const disliked = s.meetingsDisliked ?? 0;
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
    eagerness: behaviourLogit(s.likesGiven, s.shown, mu),
    appeal: behaviourLogit(s.likesReceived, s.shownTo, mu),
    recency: recency(s.lastActiveAt, s.joinedAt, ctx.now),
    newMember: ctx.now.getTime() - s.joinedAt.getTime() < NEW_MEMBER_DAYS * DAY_MS ? 1 : 0,
    reports: Math.log1p(Math.max(0, s.reportsReceived)),
    passedBy: passedByTerm(s.passesReceived ?? 0, s.shownTo, passRate),
    meetings: meetingsTerm(liked, disliked),
    shown: s.shown,
    likesGiven: s.likesGiven,
    shownTo: s.shownTo,
    likesReceived: s.likesReceived,
    likeRate: mu,
    passesReceived: s.passesReceived ?? 0,
    reportsReceived: s.reportsReceived,
    meetingsLiked: liked,
    meetingsDisliked: disliked,
    passRate: ctx.passRate && ctx.passRate > 0 ? ctx.passRate : 0,
    facts: encodeFacts(p.marriage),
    height: p.height ?? 0,
    prefs: encodePrefs(f.marriage),
  };
}

/** The target's own terms of logit P(x likes y) (everything about y alone). */
export function targetTerms(w: Weights, m: PreparedMember): number {
  return w.appeal * m.appeal + w.recency * m.recency + w.newMember * m.newMember + w.reports * m.reports + w.passedBy * m.passedBy + w.meetings * m.meetings;
}

/**
 * Members as columns (typed arrays, one row per member): the one implementation of the formula,
 * used by the weekly build's hot loop (rows in bucket order) and, through a two-row table, by the
 * object API below.
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
  readonly invPrefKwCount: Float64Array;
  readonly prefRegion: Uint32Array;
  readonly prefRegionCount: Int32Array;
  readonly ageCentre: Float64Array;
  readonly ageHalf: Float64Array;
  readonly invAgeSpan: Float64Array;
  /** w_eagerness · eagerness: the member's own term as a viewer */
  readonly viewerTerm: Float64Array;
  /** targetTerms: the member's own terms as a target */
  readonly targetTerm: Float64Array;
  readonly bias: number;
  readonly wKeywords: number;
  readonly wAge: number;
  readonly wRegion: number;
  /** the marriage rules' columns (marriage-rules.ts) */
  readonly facts: Uint32Array;
  readonly height: Int32Array;
  readonly mustAcc: Uint32Array;
  readonly mustCount: Int32Array;
  readonly mustHMin: Int32Array;
  readonly mustHMax: Int32Array;
  readonly softAcc: Uint32Array;
  readonly softMask: Uint32Array;
  readonly softHMin: Int32Array;
  readonly softHMax: Int32Array;
  /** the weights of SOFT_FEATURES, and the most a member's "되도록" terms can add (bounds of the search) */
  readonly wSoft: Float64Array;
  readonly softMaxAll: number;
  readonly softMax: Float64Array;
  readonly weights: Weights;

  constructor(rows: number, vocab: Vocabularies, weights: Weights = priorWeights()) {
    this.weights = weights = completeWeights(weights);
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
    this.viewerTerm = new Float64Array(rows);
    this.targetTerm = new Float64Array(rows);
    this.bias = weights.bias;
    this.wKeywords = weights.keywords;
    this.wAge = weights.age;
    this.wRegion = weights.region;
    this.facts = new Uint32Array(rows);
    this.height = new Int32Array(rows);
    this.mustAcc = new Uint32Array(rows);
    this.mustCount = new Int32Array(rows);
    this.mustHMin = new Int32Array(rows);
    this.mustHMax = new Int32Array(rows);
    this.softAcc = new Uint32Array(rows);
    this.softMask = new Uint32Array(rows);
    this.softHMin = new Int32Array(rows);
    this.softHMax = new Int32Array(rows);
    this.softMax = new Float64Array(rows);
    this.wSoft = Float64Array.from(SOFT_FEATURES, (f) => weights[f]);
    this.softMaxAll = this.wSoft.reduce((sum, w) => sum + Math.abs(w), 0);
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
    this.viewerTerm[i] = this.weights.eagerness * m.eagerness;
    this.targetTerm[i] = targetTerms(this.weights, m);
    this.facts[i] = m.facts;
    this.height[i] = m.height;
    const p = m.prefs;
    this.mustAcc[i] = p.mustAcc;
    this.mustCount[i] = p.mustCount;
    this.mustHMin[i] = p.mustHMin;
    this.mustHMax[i] = p.mustHMax;
    this.softAcc[i] = p.softAcc;
    this.softMask[i] = p.softMask;
    this.softHMin[i] = p.softHMin;
    this.softHMax[i] = p.softHMax;
    let max = 0;
    SOFT_FIELDS.forEach((f, k) => {
      const on = f === "HEIGHT" ? p.softHMin !== NO_HEIGHT : softCategorical(f, p.softAcc, p.softMask, 0xffffffff) !== 0;
      if (on) max += Math.abs(this.wSoft[k]);
    });
    this.softMax[i] = max;
  }

  /** x's "꼭" preferences admit y (marriage-rules.ts mustAdmits): the both-way hard filter checks it twice. */
  admits(x: number, y: number): boolean {
    return mustAdmits(this.mustAcc[x], this.mustCount[x], this.mustHMin[x], this.mustHMax[x], this.facts[y], this.height[y]);
  }

  /** x's "되도록" agreement terms toward y (+1 / −1 / 0 each), in SOFT_FEATURES order. */
  softValues(x: number, y: number, out = new Float64Array(SOFT_FEATURES.length)): Float64Array {
    const acc = this.softAcc[x];
    const mask = this.softMask[x];
    const facts = this.facts[y];
    for (let k = 0; k < SOFT_FIELDS.length; k++) {
      const f = SOFT_FIELDS[k];
      out[k] = f === "HEIGHT" ? softHeight(this.softHMin[x], this.softHMax[x], this.height[y]) : softCategorical(f, acc, mask, facts);
    }
    return out;
  }

  /** Σ w · the "되도록" terms of x toward y (0 at once when x has none). */
  softTerm(x: number, y: number): number {
    if (this.softMax[x] === 0) return 0;
    const acc = this.softAcc[x];
    const mask = this.softMask[x];
    const facts = this.facts[y];
    let z = 0;
    for (let k = 0; k < SOFT_FIELDS.length; k++) {
      const f = SOFT_FIELDS[k];
      const v = f === "HEIGHT" ? softHeight(this.softHMin[x], this.softHMax[x], this.height[y]) : softCategorical(f, acc, mask, facts);
      if (v !== 0) z += this.wSoft[k] * v;
    }
    return z;
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

  /** logit P(x likes y) */
  logit(x: number, y: number, year: number): number {
    return (
      this.bias + this.viewerTerm[x] + this.targetTerm[y] +
      this.wKeywords * this.keywordOverlap(x, y) +
      this.wAge * this.ageCloseness(x, year - this.birthYear[y]) +
      this.wRegion * this.regionMatch(x, this.region[y]) +
      this.softTerm(x, y)
    );
  }

  /** P(a likes b) · P(b likes a): the probability of a mutual like (symmetric). */
  pairScore(a: number, b: number, year: number): number {
    return sigmoid(this.logit(a, b, year)) * sigmoid(this.logit(b, a, year));
  }

  /** The pair terms of logit P(x likes y), for the fit: keywords, age, region. */
  pairTerms(x: number, y: number, year: number): [number, number, number] {
    return [this.keywordOverlap(x, y), this.ageCloseness(x, year - this.birthYear[y]), this.regionMatch(x, this.region[y])];
  }
}

function twoRowTable(a: PreparedMember, b: PreparedMember, vocab: Vocabularies, w: Weights): ScoreTable {
  const table = new ScoreTable(2, vocab, w);
  table.set(0, a);
  table.set(1, b);
  return table;
}

function prepared(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, w: Weights) {
  const vocab = newVocabularies();
  const pa = prepareMember(a, ctx, vocab);
  const pb = prepareMember(b, ctx, vocab);
  return { pa, pb, table: twoRowTable(pa, pb, vocab, w) };
}

/** P(a likes b). */
export function likeProbability(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, w: Weights = priorWeights(ctx.likeRate)): number {
  return sigmoid(prepared(a, b, ctx, w).table.logit(0, 1, ctx.year));
}

/** The reciprocal score of a pair: the probability that both like each other. */
export function pairScore(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, w: Weights = priorWeights(ctx.likeRate)): number {
  return prepared(a, b, ctx, w).table.pairScore(0, 1, ctx.year);
}

export type ScoreReason = { direction: "a→b" | "b→a"; feature: FeatureName; label: string; logOdds: number };
export type PairExplanation = { score: number; aLikesB: number; bLikesA: number; reasons: ScoreReason[] };

/** The score with the terms that moved it most (log-odds contributions, both directions), for the admin. */
export function explainPair(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, weights: Weights = priorWeights(ctx.likeRate), top = 4): PairExplanation {
  const w = completeWeights(weights);
  const { pa, pb, table } = prepared(a, b, ctx, w);
  const terms = (x: number, px: PreparedMember, py: PreparedMember, direction: ScoreReason["direction"]): ScoreReason[] => {
    const [keywords, age, region] = table.pairTerms(x, 1 - x, ctx.year);
    const values: Partial<Record<FeatureName, number>> = {
      eagerness: px.eagerness, appeal: py.appeal, keywords, age, region, recency: py.recency, newMember: py.newMember,
      reports: py.reports, passedBy: py.passedBy, meetings: py.meetings,
    };
    const soft = table.softValues(x, 1 - x);
    SOFT_FEATURES.forEach((f, k) => (values[f] = soft[k]));
    return Object.entries(values).map(([f, v]) => ({ direction, feature: f as FeatureName, label: FEATURE_LABELS[f as FeatureName], logOdds: w[f as FeatureName] * (v ?? 0) }));
  };
  const reasons = [...terms(0, pa, pb, "a→b"), ...terms(1, pb, pa, "b→a")]
    .filter((r) => r.logOdds !== 0)
    .sort((x, y) => Math.abs(y.logOdds) - Math.abs(x.logOdds))
    .slice(0, top);
  const aLikesB = sigmoid(table.logit(0, 1, ctx.year));
  const bLikesA = sigmoid(table.logit(1, 0, ctx.year));
  return { score: aLikesB * bLikesA, aLikesB, bLikesA, reasons };
}
