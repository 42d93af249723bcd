// The in-memory candidate search of the weekly build (docs/recommendations.md). Members get a
// position: grouped by bucket (gender, target gender, birth year, region) and, inside a bucket, in
// decreasing order of k = the member's own terms in both directions of the score (viewer + target
// terms). Every column the search reads is stored by position, so buckets are scanned sequentially.
// Score = σ(z_ab)·σ(z_ba) ≤ σ((z_ab + z_ba)/2)² (log σ is concave), and z_ab + z_ba ≤ k(b) + a bucket
// constant, so the bucket heads bound every unvisited member: the search visits candidates best
// bound first across the admissible buckets and stops, exact, once no bound can beat the current
// last pick (threshold algorithm); in very large pools it is cut at MAX_EVALUATIONS (policy.ts).
// Fair exposure: a first pass gives every member FAIR_SLOTS picks among members shown fewer than
// FAIR_MIN_APPEARANCES times so far; the main pass fills the quota under the per-member weekly cap.
// Members at a cap leave that pass's buckets (path-compressed skips). The "꼭" marriage preferences
// (marriage-rules.ts) are checked both ways for every candidate at every relax level.
import { KEYWORD_NEUTRAL, priorWeights, ScoreTable, type Weights } from "./score";
import { CAP_FACTOR, CAP_MIN, FAIR_MIN_APPEARANCES, FAIR_SLOTS, MAX_EVALUATIONS, MAX_RELAX_LEVEL, MAX_VISITS, RECS_PER_MEMBER, RELAX_AGE_YEARS, WEEKLY_TARGET_CAP } from "./policy";
import type { Pool } from "./load-pool";
import { historyEffect, HISTORY_BLOCKED, HISTORY_NONE } from "./pair-rules";

export type CandidatePick = { target: number; score: number; relaxLevel: number };
export type SearchStats = { evaluations: number; visits: number; truncated: number };
export type IndexOptions = {
  /** one weekly cap for everyone (tests); default: adaptive per gender (weeklyCaps) */
  cap?: number;
  weights?: Weights;
  /** false: no fair pass, the cap only (the benchmark's comparison) */
  fairness?: boolean;
  maxEvaluations?: number;
  /** policy overrides (the benchmark's sweeps): FAIR_SLOTS, FAIR_MIN_APPEARANCES, CAP_FACTOR */
  fairSlots?: number;
  fairMin?: number;
  capFactor?: number;
};

const gIdx = (g: "M" | "F") => (g === "M" ? 0 : 1);
/** visits in one bucket before the heap is consulted again */
const RUN = 24;
/** mark values while one member is searched */
const BLOCKED = 1;
const OLD_EXPOSURE = 2;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The weekly cap per gender: CAP_FACTOR × the average number of lists a member of that gender would
 * be on (the quotas of everyone who wants that gender / members of that gender), within
 * [CAP_MIN, WEEKLY_TARGET_CAP]. A popular member takes at most about twice the average exposure.
 */
export function weeklyCaps(pool: Pick<Pool, "members" | "quota">, factor = CAP_FACTOR): [number, number] {
  const demand = [0, 0];
  const supply = [0, 0];
  pool.members.forEach((m, i) => {
    demand[gIdx(m.targetGender)] += pool.quota[i];
    supply[gIdx(m.gender)]++;
  });
  const cap = (g: number) => Math.min(WEEKLY_TARGET_CAP, Math.max(CAP_MIN, Math.ceil((factor * demand[g]) / Math.max(1, supply[g]))));
  return [cap(0), cap(1)];
}

export class CandidateIndex {
  readonly stats: SearchStats = { evaluations: 0, visits: 0, truncated: 0 };
  readonly fairness: boolean;
  readonly caps: [number, number];
  private readonly maxEvaluations: number;
  private readonly byMin: number;
  private readonly years: number;
  private readonly regions: number;
  private readonly memberAt: Int32Array;
  private readonly posOf: Int32Array;
  private readonly kAt: Float64Array;
  private readonly table: ScoreTable;
  private readonly bucketStart: Int32Array;
  /** appearances of this week per position, and the caps of the main and the fair pass */
  private readonly shown: Int32Array;
  private readonly capAt: Int32Array;
  private readonly fairAt: Int32Array;
  private readonly jump: Int32Array;
  private readonly fairJump: Int32Array;
  private readonly mark: Int8Array;
  private readonly quota: Int32Array;
  private readonly fairSlots: number;
  private readonly gender: Int8Array;
  private readonly targetGender: Int8Array;
  /** bound constants: max of the other side's pair terms, a's keyword term at best */
  private readonly revMax: number;
  // the open buckets of one search (reused): current head, end, bound constant, bound of the head,
  // a's age and region terms toward the bucket, the bucket's region; and a max-heap of them
  private bStart = new Int32Array(256);
  private bEnd = new Int32Array(256);
  private bFac = new Float64Array(256);
  private bKey = new Float64Array(256);
  private bAge = new Float64Array(256);
  private bRegionTerm = new Float64Array(256);
  private bRegion = new Int32Array(256);
  private heap = new Int32Array(256);

  constructor(private readonly pool: Pool, opts: IndexOptions = {}) {
    const { members } = pool;
    const n = members.length;
    const weights = opts.weights ?? priorWeights(pool.likeRate);
    this.fairness = opts.fairness ?? true;
    this.maxEvaluations = opts.maxEvaluations ?? MAX_EVALUATIONS;
    this.caps = opts.cap !== undefined ? [opts.cap, opts.cap] : weeklyCaps(pool, opts.capFactor);
    this.fairSlots = opts.fairSlots ?? FAIR_SLOTS;
    const fairMin = opts.fairMin ?? FAIR_MIN_APPEARANCES;
    this.quota = pool.quota ?? new Int32Array(n).fill(RECS_PER_MEMBER);
    let byMin = Infinity;
    let byMax = -Infinity;
    let maxRegion = -1;
    for (const m of members) {
      byMin = Math.min(byMin, m.birthYear);
      byMax = Math.max(byMax, m.birthYear);
      maxRegion = Math.max(maxRegion, m.region);
    }
    this.byMin = n ? byMin : 0;
    this.years = n ? byMax - byMin + 1 : 1;
    this.regions = maxRegion + 2; // the last region slot holds members without a region
    const probe = new ScoreTable(1, pool.vocab, weights);
    const pos = (w: number) => Math.max(0, w);
    // + the "되도록" terms at best (each ±|w|: marriage-rules.ts)
    this.revMax = pos(probe.wKeywords) + pos(probe.wAge) + pos(probe.wRegion) + probe.softMaxAll;
    const bucketOf = new Int32Array(n);
    const key = new Float64Array(n);
    this.gender = new Int8Array(n);
    this.targetGender = new Int8Array(n);
    const single = new ScoreTable(1, pool.vocab, weights);
    for (let i = 0; i < n; i++) {
      const m = members[i];
      this.gender[i] = gIdx(m.gender);
      this.targetGender[i] = gIdx(m.targetGender);
      bucketOf[i] = this.bucket(gIdx(m.gender), gIdx(m.targetGender), m.birthYear, m.region < 0 ? this.regions - 1 : m.region);
      single.set(0, m);
      key[i] = single.viewerTerm[0] + single.targetTerm[0];
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => bucketOf[x] - bucketOf[y] || key[y] - key[x] || x - y);
    this.memberAt = Int32Array.from(order);
    this.posOf = new Int32Array(n);
    this.kAt = new Float64Array(n);
    this.table = new ScoreTable(n, pool.vocab, weights);
    this.shown = new Int32Array(n);
    this.capAt = new Int32Array(n);
    this.fairAt = new Int32Array(n);
    this.bucketStart = new Int32Array(4 * this.years * this.regions + 1);
    for (let p = 0; p < n; p++) {
      const i = order[p];
      this.posOf[i] = p;
      this.kAt[p] = key[i];
      this.table.set(p, members[i]);
      this.capAt[p] = this.caps[this.gender[i]];
      this.fairAt[p] = this.fairness ? Math.min(fairMin, this.capAt[p]) : 0;
      this.bucketStart[bucketOf[i] + 1]++;
    }
    for (let b = 0; b + 1 < this.bucketStart.length; b++) this.bucketStart[b + 1] += this.bucketStart[b];
    this.jump = new Int32Array(n + 1);
    this.fairJump = new Int32Array(n + 1);
    this.mark = new Int8Array(n);
    this.setShown(pool.capCount);
  }

  /** Sets this week's appearances per member (e.g. at the start of a pass) and rebuilds the skips. */
  setShown(byMember: ArrayLike<number>): void {
    const n = this.shown.length;
    for (let i = 0; i < n; i++) this.shown[this.posOf[i]] = byMember[i] ?? 0;
    for (let p = 0; p <= n; p++) {
      this.jump[p] = p < n && this.shown[p] >= this.capAt[p] ? p + 1 : p;
      this.fairJump[p] = p < n && this.shown[p] >= this.fairAt[p] ? p + 1 : p;
    }
  }

  /** this week's appearances per member */
  appearances(): Int32Array {
    return Int32Array.from(this.posOf, (p) => this.shown[p]);
  }

  private bucket(g: number, tg: number, birthYear: number, region: number): number {
    return ((g * 2 + tg) * this.years + (birthYear - this.byMin)) * this.regions + region;
  }

  /** first live position at or after p in a skip array (members at the cap are skipped) */
  private find(jump: Int32Array, p: number): number {
    let r = p;
    while (jump[r] !== r) r = jump[r];
    while (jump[p] !== r) {
      const next = jump[p];
      jump[p] = r;
      p = next;
    }
    return r;
  }

  private setMarks(a: number, value: boolean): void {
    const { fwdOff, fwdVal, revOff, revVal } = this.pool;
    const { mark, posOf } = this;
    for (let pass = 0; pass < 2; pass++) {
      const [off, val] = pass === 0 ? [fwdOff, fwdVal] : [revOff, revVal];
      for (let k = off[a]; k < off[a + 1]; k++) {
        const p = posOf[val[k] >> 3];
        if (!value) {
          mark[p] = 0;
          continue;
        }
        // only exposures 5–12 weeks ago can be relaxed; likes, blocks, matches, passes and recent exposures never (pair-rules.ts)
        const effect = historyEffect(val[k] & 7);
        if (effect === HISTORY_NONE) continue;
        const code = effect === HISTORY_BLOCKED ? BLOCKED : OLD_EXPOSURE;
        if (mark[p] === 0 || code === BLOCKED) mark[p] = code;
      }
    }
  }

  /** The fair pass: a's best picks (strict first, then relaxed) among members shown fewer than FAIR_MIN_APPEARANCES times. */
  selectFair(a: number): CandidatePick[] {
    if (!this.fairness) return [];
    return this.select(a, [], Math.min(this.fairSlots, this.quota[a]), this.fairJump);
  }

  /** Member a's list: `already` (the fair picks) plus the best under the cap, strict first, then each relax level. */
  select(a: number, already: readonly CandidatePick[] = [], need = this.quota[a], jump = this.jump): CandidatePick[] {
    const { mark, posOf } = this;
    this.setMarks(a, true);
    for (const p of already) mark[posOf[p.target]] = BLOCKED;
    const picks: CandidatePick[] = [...already];
    for (let level = 0; level <= MAX_RELAX_LEVEL && picks.length < need; level++) {
      for (const pick of this.search(a, level, need - picks.length, jump)) {
        picks.push(pick);
        mark[posOf[pick.target]] = BLOCKED;
      }
    }
    this.setMarks(a, false);
    for (const p of picks) mark[posOf[p.target]] = 0;
    return picks.sort((x, y) => x.relaxLevel - y.relaxLevel || y.score - x.score || x.target - y.target);
  }

  /**
   * Every strict (relax level 0) candidate of member a, whatever the caps and the score: the build's
   * hard filters and pair history as its search applies them (tests/unit/pair-rules.test.ts holds it
   * to pair-rules.ts, the rule the admin candidates use).
   */
  strictCandidates(a: number): number[] {
    this.setMarks(a, true);
    // no member skipped (the identity skip array), no cut of the search
    const all = Int32Array.from({ length: this.jump.length }, (_, p) => p);
    const found = this.search(a, 0, this.posOf.length, all, Infinity, Infinity).map((p) => p.target);
    this.setMarks(a, false);
    return found.sort((x, y) => x - y);
  }

  /** Counts picks as appearances; a member reaching a pass's cap leaves that pass's buckets. */
  commit(picks: readonly CandidatePick[]): void {
    for (const { target } of picks) {
      const p = this.posOf[target];
      const s = ++this.shown[p];
      if (s >= this.capAt[p] && this.jump[p] === p) this.jump[p] = p + 1;
      if (s >= this.fairAt[p] && this.fairJump[p] === p) this.fairJump[p] = p + 1;
    }
  }

  /** Collects a's admissible buckets: head, bound constant and a's view of the bucket (age, region). */
  private openBuckets(pa: number, a: number, level: number, jump: Int32Array): number {
    const { year } = this.pool;
    const t = this.table;
    const slack = level >= 2 ? RELAX_AGE_YEARS : 0;
    const yLo = Math.max(this.byMin, year - (t.ageMax[pa] + slack));
    const yHi = Math.min(this.byMin + this.years - 1, year - (t.ageMin[pa] - slack));
    const filterRegion = level === 0 && t.prefRegionCount[pa] > 0;
    const noRegion = this.regions - 1;
    const fwdKw = t.prefKwCount[pa] > 0 ? Math.max(0, t.wKeywords) : t.wKeywords * KEYWORD_NEUTRAL;
    // z_ab + z_ba ≤ k(b) + [2·bias + a's own terms + a's keyword term at best + b's pair terms at best] + a's age and region terms
    const aSide = 2 * t.bias + t.viewerTerm[pa] + t.targetTerm[pa] + fwdKw + t.softMax[pa] + this.revMax;
    const wanted = this.targetGender[a];
    const own = this.gender[a];
    let open = 0;
    for (let y = yLo; y <= yHi; y++) {
      const ageTerm = t.wAge * t.ageCloseness(pa, year - y);
      for (let r = 0; r < this.regions; r++) {
        const region = r === noRegion ? -1 : r;
        if (filterRegion && !t.prefersRegion(pa, region)) continue;
        const b = this.bucket(wanted, own, y, r);
        const end = this.bucketStart[b + 1];
        const head = this.find(jump, this.bucketStart[b]);
        if (head >= end) continue;
        const regionTerm = t.wRegion * t.regionMatch(pa, region);
        if (open === this.bStart.length) this.grow();
        this.bStart[open] = head;
        this.bEnd[open] = end;
        this.bFac[open] = aSide + ageTerm + regionTerm;
        this.bKey[open] = this.kAt[head] + this.bFac[open];
        this.bAge[open] = ageTerm;
        this.bRegionTerm[open] = regionTerm;
        this.bRegion[open] = region;
        this.heap[open] = open;
        open++;
      }
    }
    for (let i = (open >> 1) - 1; i >= 0; i--) this.siftDown(i, open);
    return open;
  }

  /** max-heap of open buckets by bKey (the bound of the bucket's head, as z_ab + z_ba) */
  private siftDown(i: number, size: number): void {
    const { heap, bKey } = this;
    const item = heap[i];
    const key = bKey[item];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && bKey[heap[l + 1]] > bKey[heap[l]] ? l + 1 : l;
      if (bKey[heap[c]] <= key) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = item;
  }

  private grow(): void {
    const size = this.bStart.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T) => (b.set(a), b);
    this.bStart = copy(this.bStart, new Int32Array(size));
    this.bEnd = copy(this.bEnd, new Int32Array(size));
    this.bFac = copy(this.bFac, new Float64Array(size));
    this.bKey = copy(this.bKey, new Float64Array(size));
    this.bAge = copy(this.bAge, new Float64Array(size));
    this.bRegionTerm = copy(this.bRegionTerm, new Float64Array(size));
    this.bRegion = copy(this.bRegion, new Int32Array(size));
    this.heap = copy(this.heap, new Int32Array(size));
  }

  private search(a: number, level: number, need: number, jump: Int32Array, maxEvaluations = this.maxEvaluations, maxVisits = MAX_VISITS): CandidatePick[] {
    if (need <= 0) return [];
    const { year } = this.pool;
    const { table: t, kAt, mark } = this;
    const pa = this.posOf[a];
    let size = this.openBuckets(pa, a, level, jump);
    const { heap, bStart, bEnd, bFac, bKey, bAge, bRegionTerm, bRegion } = this;
    const slack = level >= 2 ? RELAX_AGE_YEARS : 0;
    // a's side of the formula, fixed for the whole search
    const ageA = year - t.birthYear[pa];
    const regionA = t.region[pa];
    const zA = t.bias + t.viewerTerm[pa]; // + b's target terms + a's pair terms = z_ab
    const zToA = t.bias + t.targetTerm[pa]; // + b's viewer term + b's pair terms = z_ba
    const kwA = t.kw[pa * t.kwWords];
    const prefA = t.prefKw[pa * t.kwWords];
    const nPrefA = t.prefKwCount[pa];
    const invPrefA = t.invPrefKwCount[pa];
    const { wKeywords, wAge, wRegion } = t;
    // one word of keyword and region bits (the fixed vocabularies): the formula inlined below;
    // otherwise ScoreTable.pairScore (tests/unit/candidate-index.test.ts holds both to brute force)
    const oneWord = t.kwWords === 1 && t.regionWords === 1;
    const { kw, prefKw, prefKwCount, invPrefKwCount, prefRegion, prefRegionCount, ageMin, ageMax, ageCentre, invAgeSpan, viewerTerm, targetTerm } = t;
    const bestScore = new Float64Array(need);
    const bestPos = new Int32Array(need);
    let count = 0;
    // bound (as z_ab + z_ba) at or below which no candidate can beat the current last pick
    let floor = -Infinity;
    let evaluations = 0;
    let visits = 0;
    let truncated = false;
    while (size > 0) {
      const ob = heap[0];
      if (bKey[ob] <= floor) break; // the best remaining bound cannot beat the last pick: exact
      if (evaluations >= maxEvaluations || visits >= maxVisits) {
        truncated = true;
        break;
      }
      // scan this bucket while its bound stays above every other bucket's head
      let next = size > 1 ? bKey[heap[1]] : -Infinity;
      if (size > 2 && bKey[heap[2]] > next) next = bKey[heap[2]];
      const fac = bFac[ob];
      const end = bEnd[ob];
      const ageTerm = bAge[ob];
      const regionTerm = bRegionTerm[ob];
      const bucketRegion = bRegion[ob];
      let pos = bStart[ob];
      let run = 0;
      for (; pos < end; pos = jump[pos + 1] === pos + 1 ? pos + 1 : this.find(jump, pos + 1)) {
        const key = kAt[pos] + fac;
        // switching buckets costs a heap update: stay for a short run even when another head is better
        if ((key < next && run >= RUN) || key <= floor || evaluations >= maxEvaluations) break;
        run++;
        visits++;
        const mk = mark[pos];
        if (pos === pa || mk === BLOCKED || (mk === OLD_EXPOSURE && level < 3)) continue;
        if (ageA < ageMin[pos] - slack || ageA > ageMax[pos] + slack) continue;
        const nRegions = prefRegionCount[pos];
        if (level === 0 && nRegions > 0 && !(oneWord ? regionA >= 0 && ((prefRegion[pos] >>> regionA) & 1) === 1 : t.prefersRegion(pos, regionA))) continue;
        // the "꼭" marriage preferences, both ways, at every level (marriage-rules.ts: never relaxed)
        if (!t.admits(pa, pos) || !t.admits(pos, pa)) continue;
        evaluations++;
        let score: number;
        if (oneWord) {
          const fwd = nPrefA === 0 ? KEYWORD_NEUTRAL : popcount(prefA & kw[pos]) * invPrefA;
          const zab = zA + targetTerm[pos] + wKeywords * fwd + ageTerm + regionTerm + t.softTerm(pa, pos);
          const nPref = prefKwCount[pos];
          const rev = nPref === 0 ? KEYWORD_NEUTRAL : popcount(prefKw[pos] & kwA) * invPrefKwCount[pos];
          const d = Math.abs(ageA - ageCentre[pos]) * invAgeSpan[pos];
          const regBA = regionA < 0 ? 0 : nRegions === 0 ? (regionA === bucketRegion ? 1 : 0) : (prefRegion[pos] >>> regionA) & 1;
          const zba = zToA + viewerTerm[pos] + wKeywords * rev + wAge * (d >= 1 ? 0 : 1 - d) + wRegion * regBA + t.softTerm(pos, pa);
          score = sigmoid(zab) * sigmoid(zba);
        } else score = t.pairScore(pa, pos, year);
        if (count === need && score <= bestScore[need - 1]) continue;
        let i = count < need ? count++ : need - 1;
        while (i > 0 && bestScore[i - 1] < score) {
          bestScore[i] = bestScore[i - 1];
          bestPos[i] = bestPos[i - 1];
          i--;
        }
        bestScore[i] = score;
        bestPos[i] = pos;
        if (count === need) {
          // σ(S/2)² ≤ last ⇔ S ≤ 2·logit(√last)
          const r = Math.sqrt(bestScore[need - 1]);
          floor = r >= 1 ? Infinity : 2 * Math.log(r / (1 - r));
        }
      }
      if (pos >= end) {
        heap[0] = heap[--size];
      } else {
        bStart[ob] = pos;
        bKey[ob] = kAt[pos] + fac;
      }
      if (size > 1) this.siftDown(0, size);
    }
    if (truncated) this.stats.truncated++;
    this.stats.evaluations += evaluations;
    this.stats.visits += visits;
    const out: CandidatePick[] = [];
    for (let i = 0; i < count; i++) out.push({ target: this.memberAt[bestPos[i]], score: bestScore[i], relaxLevel: level });
    return out;
  }
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
