// THE rule module of the marriage preferences (issue 21, docs/recommendations.md "결혼 조건"): how a
// member's answers and preferences are encoded, when a "꼭" preference admits someone (a both-way
// hard filter, applied at every relax level — relaxation never loosens it), and the "되도록"
// agreement terms the scorer weighs. The weekly build's search and the first-list top-up read it
// through ScoreTable (score.ts), the admin candidates through lib/admin/candidate-scoring.ts, the
// member's "few candidates" note through ./strict-narrowing.ts — one definition for all of them.
//
// Encoding: every categorical answer is one bit of a 32-bit word (a field's options are consecutive
// bits); a member who has not answered a field has no bit there. A preference is the word of the
// accepted options. A "꼭" admits y iff y has an answer inside every "꼭" field's accepted set, i.e.
// popcount(y.facts & mustAcc) = the number of "꼭" fields (each field holds at most one bit of y):
// an unanswered field never passes a "꼭". A "되도록" gives +1 (y's answer accepted), −1 (not
// accepted) or 0 (no preference, or y has not answered: neither rewarded nor excluded).
import type { PreferenceField } from "@/lib/generated/prisma/enums";
import { CHILDRENS, DRINKINGS, EDUCATIONS, MARITAL_HISTORIES, MARRIAGE_TIMINGS, NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS, RELIGIONS, SMOKINGS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";


/** the categorical preference fields: their options (in order) and where their bits start */
type Categorical = Exclude<PreferenceField, "HEIGHT">;
const LAYOUT: Record<Categorical, { options: readonly string[]; fact: keyof MarriageFacts }> = {
  EDUCATION: { options: EDUCATIONS, fact: "education" },
  RELIGION: { options: RELIGIONS, fact: "religion" },
  SMOKING: { options: SMOKINGS, fact: "smoking" },
  DRINKING: { options: DRINKINGS, fact: "drinking" },
  MARITAL_HISTORY: { options: MARITAL_HISTORIES, fact: "maritalHistory" },
  CHILDREN: { options: CHILDRENS, fact: "children" },
  MARRIAGE_TIMING: { options: MARRIAGE_TIMINGS, fact: "marriageTiming" },
};
export const CATEGORICAL_FIELDS = Object.keys(LAYOUT) as Categorical[];
const OFFSET = {} as Record<Categorical, number>;
/** the bits of each field's options */
export const FIELD_MASK = {} as Record<Categorical, number>;
{
  let at = 0;
  for (const f of CATEGORICAL_FIELDS) {
    OFFSET[f] = at;
    FIELD_MASK[f] = ((1 << LAYOUT[f].options.length) - 1) << at;
    at += LAYOUT[f].options.length;
  }
  if (at > 31) throw new Error("marriage-rules: the options no longer fit one 32-bit word");
}

/** The soft fields in the order of their score features (SOFT_FEATURES in score.ts). */
export const SOFT_FIELDS: readonly PreferenceField[] = ["RELIGION", "SMOKING", "DRINKING", "MARITAL_HISTORY", "CHILDREN", "EDUCATION", "HEIGHT", "MARRIAGE_TIMING"];

const bit = (f: Categorical, value: string | null): number => {
  const i = value === null ? -1 : LAYOUT[f].options.indexOf(value);
  return i < 0 ? 0 : 1 << (OFFSET[f] + i);
};

/** The member's answers as bits (no bit where a field is unanswered). */
export function encodeFacts(facts: MarriageFacts = NO_MARRIAGE_FACTS): number {
  let w = 0;
  for (const f of CATEGORICAL_FIELDS) w |= bit(f, facts[LAYOUT[f].fact] as string | null);
  return w >>> 0;
}

/** accepted options of field f (0 = no preference on it) */
function acceptedBits(p: MarriagePrefs, f: Categorical): number {
  const list: readonly (string | null)[] =
    f === "EDUCATION"
      ? p.minEducation === null ? [] : EDUCATIONS.slice(EDUCATIONS.indexOf(p.minEducation))
      : f === "RELIGION" ? p.religions
      : f === "SMOKING" ? p.smoking
      : f === "DRINKING" ? p.drinking
      : f === "MARITAL_HISTORY" ? p.maritalHistory
      : f === "CHILDREN" ? p.children
      : p.marriageTiming;
  let w = 0;
  for (const v of list) w |= bit(f, v);
  return w >>> 0;
}

/** no height rule */
export const NO_HEIGHT = -1;

export type EncodedPrefs = {
  /** accepted bits of the "꼭" categorical fields, and how many such fields there are */
  mustAcc: number;
  mustCount: number;
  /** the "꼭" height range (mustHMin = NO_HEIGHT: none) */
  mustHMin: number;
  mustHMax: number;
  /** accepted bits of the "되도록" fields, and the bits of those fields */
  softAcc: number;
  softMask: number;
  softHMin: number;
  softHMax: number;
};

export function encodePrefs(p: MarriagePrefs = NO_MARRIAGE_PREFS): EncodedPrefs {
  const must = new Set(p.mustFields);
  const out: EncodedPrefs = { mustAcc: 0, mustCount: 0, mustHMin: NO_HEIGHT, mustHMax: NO_HEIGHT, softAcc: 0, softMask: 0, softHMin: NO_HEIGHT, softHMax: NO_HEIGHT };
  for (const f of CATEGORICAL_FIELDS) {
    const acc = acceptedBits(p, f);
    if (acc === 0) continue;
    if (must.has(f)) {
      out.mustAcc = (out.mustAcc | acc) >>> 0;
      out.mustCount++;
    } else {
      out.softAcc = (out.softAcc | acc) >>> 0;
      out.softMask = (out.softMask | FIELD_MASK[f]) >>> 0;
    }
  }
  if (p.heightMin !== null || p.heightMax !== null) {
    const lo = p.heightMin ?? 0;
    const hi = p.heightMax ?? 999;
    if (must.has("HEIGHT")) [out.mustHMin, out.mustHMax] = [lo, hi];
    else [out.softHMin, out.softHMax] = [lo, hi];
  }
  return out;
}

export function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The "꼭" rule, one direction: x's hard preferences admit y (y's answer bits `facts`, `height` in
 * cm or 0 when unknown). An unanswered field or an unknown height never passes a "꼭".
 */
export function mustAdmits(mustAcc: number, mustCount: number, mustHMin: number, mustHMax: number, facts: number, height: number): boolean {
  if (mustCount > 0 && popcount(facts & mustAcc) !== mustCount) return false;
  return mustHMin === NO_HEIGHT || (height > 0 && height >= mustHMin && height <= mustHMax);
}

/** One "되도록" term (x → y) of a categorical field: +1 accepted, −1 not, 0 no preference / unanswered. */
export function softCategorical(f: Categorical, softAcc: number, softMask: number, facts: number): number {
  const m = FIELD_MASK[f];
  if ((softMask & m) === 0 || (facts & m) === 0) return 0;
  return (facts & softAcc & m) !== 0 ? 1 : -1;
}

/** The "되도록" height term (x → y): +1 inside x's range, −1 outside, 0 no range / height unknown. */
export function softHeight(softHMin: number, softHMax: number, height: number): number {
  if (softHMin === NO_HEIGHT || height <= 0) return 0;
  return height >= softHMin && height <= softHMax ? 1 : -1;
}

/** All "되도록" terms of x → y, in SOFT_FIELDS order. */
export function softTerms(x: EncodedPrefs, yFacts: number, yHeight: number, out = new Float64Array(SOFT_FIELDS.length)): Float64Array {
  SOFT_FIELDS.forEach((f, i) => {
    out[i] = f === "HEIGHT" ? softHeight(x.softHMin, x.softHMax, yHeight) : softCategorical(f, x.softAcc, x.softMask, yFacts);
  });
  return out;
}

/** What the rules need of one member (an object form for the admin list, tests and the note). */
export type RuleMember = { facts: MarriageFacts; height: number | null; prefs: MarriagePrefs };

/** x's "꼭" preferences admit y. */
export function admits(x: RuleMember, y: RuleMember): boolean {
  const p = encodePrefs(x.prefs);
  return mustAdmits(p.mustAcc, p.mustCount, p.mustHMin, p.mustHMax, encodeFacts(y.facts), y.height ?? 0);
}

/** Both members' "꼭" preferences admit the other (the filter of the build, the top-up and the admin list). */
export function mutuallyAdmitted(a: RuleMember, b: RuleMember): boolean {
  return admits(a, b) && admits(b, a);
}

/** The "꼭" fields of x that y fails (empty = admitted): the "which one narrows most" note counts these. */
export function failedMustFields(x: RuleMember, y: RuleMember): PreferenceField[] {
  const p = encodePrefs(x.prefs);
  const facts = encodeFacts(y.facts);
  const failed: PreferenceField[] = [];
  for (const f of CATEGORICAL_FIELDS) {
    if (!x.prefs.mustFields.includes(f)) continue;
    const acc = acceptedBits(x.prefs, f);
    if (acc !== 0 && (facts & acc) === 0) failed.push(f);
  }
  if (p.mustHMin !== NO_HEIGHT && !mustAdmits(0, 0, p.mustHMin, p.mustHMax, facts, y.height ?? 0)) failed.push("HEIGHT");
  return failed;
}
