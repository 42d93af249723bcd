// The benchmark's synthetic past (pure, deterministic): which live members were shown to whom in each
// of the past weeks and who liked whom. Tastes are deliberately not what the score's features are:
// a like depends on the viewer's eagerness and the target's appeal (log-normal, as before), on the
// signed age gap against a personal preferred gap (men tend to like younger, women older members),
// on living in the same region, a little on the stated keywords, on reports, and on a fixed
// pair-specific taste (noise no feature can see) — so a model cannot win by memorising the generator.
// Used by bench/recommendations.ts (inserted into the database) and bench/offline-eval.ts (replayed).
import { encodeFacts, encodePrefs, mustAdmits, softTerms } from "@/lib/recommendations/marriage-rules";
import { Prng, type SyntheticMember } from "@/prisma/seed/members-generator";

export type LiveMember = SyntheticMember & { profile: NonNullable<SyntheticMember["profile"]>; preference: NonNullable<SyntheticMember["preference"]> };

export type Tastes = {
  eager: Float64Array;
  appeal: Float64Array;
  /** preferred signed age gap (target's age − own age), years */
  gap: Float64Array;
  /** distinct reporters per member (1 % of members are reported by 1–3) */
  reports: Int32Array;
};

export type History = {
  live: LiveMember[];
  tastes: Tastes;
  /** per past week (oldest first): exposures (viewer, target) and likes (from, to) as member indexes */
  weeks: { week: string; from: Int32Array; to: Int32Array; likeFrom: Int32Array; likeTo: Int32Array }[];
  /** members of one gender and birth year (for drawing age-compatible candidates) */
  byKey: Map<string, number[]>;
};

export const isLive = (m: SyntheticMember): m is LiveMember => !!m.profile && !!m.preference && (m.user.status === "ACTIVE" || m.user.status === "MATCHING");

/** a fixed N(0, 1)-ish value per ordered pair (sum of uniform hashes) */
function pairNoise(i: number, j: number): number {
  let s = 0;
  for (let k = 0; k < 3; k++) {
    let h = Math.imul(i + 0x9e3779b1 * (k + 1), 0x85ebca6b) ^ Math.imul(j + 0x27d4eb2f, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    s += (h >>> 0) / 2 ** 32;
  }
  return (s - 1.5) * 2; // variance 3 · 1/12 · 4 = 1
}

export function makeTastes(live: LiveMember[], seed = 7): Tastes {
  const r = new Prng(seed);
  const n = live.length;
  const tastes: Tastes = { eager: new Float64Array(n), appeal: new Float64Array(n), gap: new Float64Array(n), reports: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    tastes.eager[i] = r.normal(0, 0.7);
    tastes.appeal[i] = r.normal(0, 0.7);
    tastes.gap[i] = (live[i].profile.gender === "M" ? -2 : 2) + r.normal(0, 1.5);
    if (r.next() < 0.01) tastes.reports[i] = r.int(1, 3);
  }
  return tastes;
}

/**
 * The viewer's stated marriage preferences as a real taste (issue 21): each stated field moves the
 * odds by ±0.5 when the other answered it (a "꼭" ±1), nothing when they did not — what the
 * "되도록" features can learn. Encoded by the rule module's own terms (marriage-rules.ts).
 */
function marriageTaste(a: LiveMember, b: LiveMember): number {
  const p = encodePrefs(a.preference.marriage);
  const facts = encodeFacts(b.profile.marriage);
  const must = mustAdmits(p.mustAcc, p.mustCount, p.mustHMin, p.mustHMax, facts, b.profile.height) ? 0 : -1.5;
  let soft = 0;
  for (const v of softTerms(p, facts, b.profile.height)) soft += v;
  return 0.5 * soft + must;
}

/** P(i likes j) in this synthetic world. */
export function likeProbability(live: LiveMember[], t: Tastes, i: number, j: number): number {
  const a = live[i];
  const b = live[j];
  const gap = a.profile.birthYear - b.profile.birthYear; // b's age − a's age
  const wished = a.preference.keywords;
  let kw = 0;
  if (wished.length > 0) {
    for (const k of wished) if (b.profile.keywords.includes(k)) kw++;
    kw /= wished.length;
  }
  const z = -2.2 + t.eager[i] + t.appeal[j] - 0.3 * Math.abs(gap - t.gap[i]) + (a.profile.region === b.profile.region ? 0.6 : 0) + 0.4 * kw - 0.8 * t.reports[j] + 0.8 * pairNoise(i, j) + marriageTaste(a, b);
  return 1 / (1 + Math.exp(-z));
}

/** `count` distinct candidates for viewer i drawn from i's wished gender and age range (and, if `mutual`, admitting i back). */
export function drawCandidates(h: Pick<History, "live" | "byKey">, r: Prng, i: number, year: number, count: number, mutual = false): number[] {
  const m = h.live[i];
  const picked = new Set<number>();
  const ageI = year - m.profile.birthYear;
  for (let tries = 0; picked.size < count && tries < count * 8; tries++) {
    const y = year - r.int(m.preference.ageMin, m.preference.ageMax);
    const bucket = h.byKey.get(`${m.preference.targetGender}${y}`);
    if (!bucket) continue;
    const j = bucket[Math.floor(r.next() * bucket.length)];
    if (j === i || h.live[j].preference.targetGender !== m.profile.gender) continue;
    if (mutual && (ageI < h.live[j].preference.ageMin || ageI > h.live[j].preference.ageMax)) continue;
    picked.add(j);
  }
  return [...picked];
}

/** `weeks` past weeks: each live member shown 5–10 age-compatible members a week, likes drawn from the tastes (one like per pair ever). */
export function simulateHistory(members: SyntheticMember[], weekLabels: string[], year: number, seed = 7): History {
  const live = members.filter(isLive);
  const tastes = makeTastes(live, seed);
  const byKey = new Map<string, number[]>();
  live.forEach((m, i) => {
    const k = `${m.profile.gender}${m.profile.birthYear}`;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  const r = new Prng(seed + 1);
  const liked = new Set<number>();
  const weeks: History["weeks"] = [];
  for (const week of weekLabels) {
    const from: number[] = [];
    const to: number[] = [];
    const likeFrom: number[] = [];
    const likeTo: number[] = [];
    for (let i = 0; i < live.length; i++) {
      for (const j of drawCandidates({ live, byKey }, r, i, year, 5 + Math.floor(r.next() * 6))) {
        from.push(i);
        to.push(j);
        const key = i * live.length + j;
        if (!liked.has(key) && r.next() < likeProbability(live, tastes, i, j)) {
          liked.add(key);
          likeFrom.push(i);
          likeTo.push(j);
        }
      }
    }
    weeks.push({ week, from: Int32Array.from(from), to: Int32Array.from(to), likeFrom: Int32Array.from(likeFrom), likeTo: Int32Array.from(likeTo) });
  }
  return { live, tastes, weeks, byKey };
}
