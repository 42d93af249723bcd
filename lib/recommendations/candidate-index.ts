// The in-memory candidate search of the weekly build (docs/recommendations.md). Members get a
// position: grouped by bucket (gender, target gender, birth year, region) and, inside a bucket, in
// decreasing order of k = (PAIR_TERMS_MAX + bonus) · behaviour — what a member brings to any score
// alone. Every column the search reads (ScoreTable, marks, weekly counts) is stored by position, so
// buckets are scanned sequentially through memory.
// A member's search opens only the buckets its own filters admit and visits candidates best bound
// first across them (a heap of buckets, each scanned in runs): sqrt(k · bucket factor) bounds the
// score of every unvisited member of a bucket, so the search stops, exact, once no bound can beat
// the current 10th best (threshold algorithm). In very large pools it is cut at MAX_EVALUATIONS
// scored candidates (policy.ts). Members at the weekly cap leave the buckets (path-compressed skips).
import { BASE_MAX, BONUS_MAX, KEYWORD_NEUTRAL, PAIR_TERMS_MAX, ScoreTable, W_AGE, W_KEYWORDS, W_REGION } from "./score";
import { MAX_EVALUATIONS, MAX_RELAX_LEVEL, MAX_VISITS, RECS_PER_MEMBER, RELAX_AGE_YEARS, WEEKLY_TARGET_CAP } from "./policy";
import type { Pool } from "./load-pool";
import { PAIR_SHOWN_OLDER } from "./load-pairs";

export type CandidatePick = { target: number; score: number; relaxLevel: number };
export type SearchStats = { evaluations: number; visits: number; truncated: number };

const gIdx = (g: "M" | "F") => (g === "M" ? 0 : 1);
/** visits in one bucket before the heap is consulted again */
const RUN = 24;
/** mark values while one member is searched */
const BLOCKED = 1;
const OLD_EXPOSURE = 2;

export class CandidateIndex {
  readonly stats: SearchStats = { evaluations: 0, visits: 0, truncated: 0 };
  private readonly byMin: number;
  private readonly years: number;
  private readonly regions: number;
  private readonly memberAt: Int32Array;
  private readonly posOf: Int32Array;
  private readonly kAt: Float64Array;
  private readonly table: ScoreTable;
  private readonly bucketStart: Int32Array;
  /** recommendations of this week per position (the weekly cap) */
  private readonly shown: Int32Array;
  private readonly jump: Int32Array;
  private readonly mark: Int8Array;
  /** by member index: 0 = M, 1 = F (the index keeps no member objects) */
  private readonly gender: Int8Array;
  private readonly targetGender: Int8Array;
  // the open buckets of one search (reused): current head, end, bound factor, squared bound of the
  // head, a's age and region terms toward the bucket, the bucket's region; and a max-heap of them
  private bStart = new Int32Array(256);
  private bEnd = new Int32Array(256);
  private bFac = new Float64Array(256);
  private bKey = new Float64Array(256);
  private bAge = new Float64Array(256);
  private bRegionTerm = new Float64Array(256);
  private bRegion = new Int32Array(256);
  private heap = new Int32Array(256);

  constructor(
    private readonly pool: Pool,
    private readonly cap = WEEKLY_TARGET_CAP,
    private readonly perMember = RECS_PER_MEMBER,
  ) {
    const { members } = pool;
    const n = members.length;
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
    const bucketOf = new Int32Array(n);
    const key = new Float64Array(n);
    this.gender = new Int8Array(n);
    this.targetGender = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      const m = members[i];
      this.gender[i] = gIdx(m.gender);
      this.targetGender[i] = gIdx(m.targetGender);
      bucketOf[i] = this.bucket(gIdx(m.gender), gIdx(m.targetGender), m.birthYear, m.region < 0 ? this.regions - 1 : m.region);
      key[i] = (PAIR_TERMS_MAX + m.bonus) * m.behaviour;
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => bucketOf[x] - bucketOf[y] || key[y] - key[x] || x - y);
    this.memberAt = Int32Array.from(order);
    this.posOf = new Int32Array(n);
    this.kAt = new Float64Array(n);
    this.table = new ScoreTable(n, pool.vocab);
    this.shown = new Int32Array(n);
    this.bucketStart = new Int32Array(4 * this.years * this.regions + 1);
    for (let p = 0; p < n; p++) {
      const i = order[p];
      this.posOf[i] = p;
      this.kAt[p] = key[i];
      this.table.set(p, members[i]);
      this.shown[p] = pool.capCount[i];
      this.bucketStart[bucketOf[i] + 1]++;
    }
    for (let b = 0; b + 1 < this.bucketStart.length; b++) this.bucketStart[b + 1] += this.bucketStart[b];
    this.jump = new Int32Array(n + 1);
    for (let p = 0; p <= n; p++) this.jump[p] = p < n && this.shown[p] >= cap ? p + 1 : p;
    this.mark = new Int8Array(n);
  }

  private bucket(g: number, tg: number, birthYear: number, region: number): number {
    return ((g * 2 + tg) * this.years + (birthYear - this.byMin)) * this.regions + region;
  }

  /** first live position at or after p (members at the cap are skipped) */
  private find(p: number): number {
    const jump = this.jump;
    let r = p;
    while (jump[r] !== r) r = jump[r];
    while (jump[p] !== r) {
      const next = jump[p];
      jump[p] = r;
      p = next;
    }
    return r;
  }

  /** Member a's recommendations: strict ones first, then each relax level in turn. */
  select(a: number): CandidatePick[] {
    const { fwdOff, fwdVal, revOff, revVal } = this.pool;
    const { mark, posOf } = this;
    for (let pass = 0; pass < 2; pass++) {
      const [off, val] = pass === 0 ? [fwdOff, fwdVal] : [revOff, revVal];
      for (let k = off[a]; k < off[a + 1]; k++) {
        const p = posOf[val[k] >> 3];
        // only exposures 5–12 weeks ago can be relaxed; likes, blocks, matches and recent exposures never
        const code = (val[k] & 7) === PAIR_SHOWN_OLDER ? OLD_EXPOSURE : BLOCKED;
        if (mark[p] === 0 || code === BLOCKED) mark[p] = code;
      }
    }
    const picks: CandidatePick[] = [];
    for (let level = 0; level <= MAX_RELAX_LEVEL && picks.length < this.perMember; level++) {
      for (const pick of this.search(a, level, this.perMember - picks.length)) {
        picks.push(pick);
        mark[posOf[pick.target]] = BLOCKED;
      }
    }
    for (let k = fwdOff[a]; k < fwdOff[a + 1]; k++) mark[posOf[fwdVal[k] >> 3]] = 0;
    for (let k = revOff[a]; k < revOff[a + 1]; k++) mark[posOf[revVal[k] >> 3]] = 0;
    for (const p of picks) mark[posOf[p.target]] = 0;
    return picks;
  }

  /** Counts the picks against the weekly cap; a member reaching it leaves the buckets. */
  commit(picks: CandidatePick[]): void {
    for (const { target } of picks) {
      const p = this.posOf[target];
      if (++this.shown[p] >= this.cap && this.jump[p] === p) this.jump[p] = p + 1;
    }
  }

  /** Collects a's admissible buckets: head, bound factor and a's view of the bucket (age, region). */
  private openBuckets(pa: number, a: number, level: number): number {
    const { year } = this.pool;
    const t = this.table;
    const slack = level >= 2 ? RELAX_AGE_YEARS : 0;
    const yLo = Math.max(this.byMin, year - (t.ageMax[pa] + slack));
    const yHi = Math.min(this.byMin + this.years - 1, year - (t.ageMin[pa] - slack));
    const filterRegion = level === 0 && t.prefRegionCount[pa] > 0;
    const noRegion = this.regions - 1;
    const fwdMax = t.prefKwCount[pa] > 0 ? 1 : KEYWORD_NEUTRAL;
    // base(b→a) ≤ W_KEYWORDS + W_AGE + W_REGION + bonus(a) = PAIR_TERMS_MAX + bonus(a)
    const aSide = (PAIR_TERMS_MAX + t.bonus[pa]) * t.behaviour[pa];
    const wanted = this.targetGender[a];
    const own = this.gender[a];
    let open = 0;
    for (let y = yLo; y <= yHi; y++) {
      const ageTerm = W_AGE * t.ageCloseness(pa, year - y);
      for (let r = 0; r < this.regions; r++) {
        const region = r === noRegion ? -1 : r;
        if (filterRegion && !t.prefersRegion(pa, region)) continue;
        const b = this.bucket(wanted, own, y, r);
        const end = this.bucketStart[b + 1];
        const head = this.find(this.bucketStart[b]);
        if (head >= end) continue;
        const regionTerm = W_REGION * t.regionMatch(pa, region);
        // score ≤ sqrt(base(a→b)·beh(b) · base(b→a)·beh(a)) / BASE_MAX, base(a→b) ≤ pab + bonus(b), and
        // (pab + bonus)/(PAIR_TERMS_MAX + bonus) ≤ (pab + BONUS_MAX)/BASE_MAX: score ≤ sqrt(k(b)·fac)/BASE_MAX
        const pab = W_KEYWORDS * fwdMax + ageTerm + regionTerm;
        const fac = ((pab + BONUS_MAX) / BASE_MAX) * aSide;
        if (open === this.bStart.length) this.grow();
        this.bStart[open] = head;
        this.bEnd[open] = end;
        this.bFac[open] = fac;
        this.bKey[open] = this.kAt[head] * fac;
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

  /** max-heap of open buckets by bKey (k of the head · factor: the squared bound, scaled) */
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

  private search(a: number, level: number, need: number): CandidatePick[] {
    const { year } = this.pool;
    const { table: t, kAt, mark, jump } = this;
    const pa = this.posOf[a];
    let size = this.openBuckets(pa, a, level);
    const { heap, bStart, bEnd, bFac, bKey, bAge, bRegionTerm, bRegion } = this;
    const slack = level >= 2 ? RELAX_AGE_YEARS : 0;
    // a's side of the formula, fixed for the whole search
    const ageA = year - t.birthYear[pa];
    const regionA = t.region[pa];
    const bonusA = t.bonus[pa];
    const behA = t.behaviour[pa];
    const kwA = t.kw[pa * t.kwWords];
    const prefA = t.prefKw[pa * t.kwWords];
    const nPrefA = t.prefKwCount[pa];
    const invPrefA = t.invPrefKwCount[pa];
    // one word of keyword and region bits (the fixed vocabularies): the formula inlined below;
    // otherwise ScoreTable.pairScore (tests/unit/candidate-index.test.ts holds both to brute force)
    const oneWord = t.kwWords === 1 && t.regionWords === 1;
    const { kw, prefKw, prefKwCount, invPrefKwCount, prefRegion, prefRegionCount, ageMin, ageMax, ageCentre, invAgeSpan, bonus, behaviour } = t;
    const bestScore = new Float64Array(need);
    const bestPos = new Int32Array(need);
    let count = 0;
    // squared, scaled 10th-best score: a bound k·fac at or below it cannot enter the top N
    let floor = -1;
    let evaluations = 0;
    let visits = 0;
    let truncated = false;
    while (size > 0) {
      const ob = heap[0];
      if (bKey[ob] <= floor) break; // the best remaining bound cannot beat the 10th best: exact
      if (evaluations >= MAX_EVALUATIONS || visits >= MAX_VISITS) {
        truncated = true;
        break;
      }
      // scan this bucket while its bound stays above every other bucket's head
      let next = size > 1 ? bKey[heap[1]] : -1;
      if (size > 2 && bKey[heap[2]] > next) next = bKey[heap[2]];
      const fac = bFac[ob];
      const end = bEnd[ob];
      const ageTerm = bAge[ob];
      const regionTerm = bRegionTerm[ob];
      const bucketRegion = bRegion[ob];
      let pos = bStart[ob];
      let run = 0;
      for (; pos < end; pos = jump[pos + 1] === pos + 1 ? pos + 1 : this.find(pos + 1)) {
        const key = kAt[pos] * fac;
        // switching buckets costs a heap update: stay for a short run even when another head is better
        if ((key < next && run >= RUN) || key <= floor || evaluations >= MAX_EVALUATIONS) break;
        run++;
        visits++;
        const mk = mark[pos];
        if (pos === pa || mk === BLOCKED || (mk === OLD_EXPOSURE && level < 3)) continue;
        if (ageA < ageMin[pos] - slack || ageA > ageMax[pos] + slack) continue;
        const nRegions = prefRegionCount[pos];
        if (level === 0 && nRegions > 0 && !(oneWord ? regionA >= 0 && ((prefRegion[pos] >>> regionA) & 1) === 1 : t.prefersRegion(pos, regionA))) continue;
        evaluations++;
        let score: number;
        if (oneWord) {
          const fwd = nPrefA === 0 ? KEYWORD_NEUTRAL : popcount(prefA & kw[pos]) * invPrefA;
          const baseAB = W_KEYWORDS * fwd + ageTerm + regionTerm + bonus[pos];
          const nPref = prefKwCount[pos];
          const rev = nPref === 0 ? KEYWORD_NEUTRAL : popcount(prefKw[pos] & kwA) * invPrefKwCount[pos];
          const d = Math.abs(ageA - ageCentre[pos]) * invAgeSpan[pos];
          const regBA = regionA < 0 ? 0 : nRegions === 0 ? (regionA === bucketRegion ? 1 : 0) : (prefRegion[pos] >>> regionA) & 1;
          const baseBA = W_KEYWORDS * rev + W_AGE * (d >= 1 ? 0 : 1 - d) + W_REGION * regBA + bonusA;
          score = Math.sqrt(baseAB * baseBA * behA * behaviour[pos]) / BASE_MAX;
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
        if (count === need) floor = (bestScore[need - 1] * BASE_MAX) ** 2;
      }
      if (pos >= end) {
        heap[0] = heap[--size];
      } else {
        bStart[ob] = pos;
        bKey[ob] = kAt[pos] * fac;
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
