// Realistic marriage-profile answers and preferences for generated members (issue 21): the seed's
// synthetic and demo members and the recommendation benchmark. Drawn from their own PRNG stream per
// member (seed, index), so every draw of members-generator stays what it was. Roughly the Korean
// marriage market's shares (education, religion, smoking by gender, remarriage rising with age);
// about one member in eight has not answered yet (existing members before the fields existed).
import type { Children, Drinking, Education, IncomeBand, JobCategory, MaritalHistory, MarriageTiming, PreferenceField, Religion, Smoking } from "@/lib/generated/prisma/enums";
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";

type Rng = { next(): number; int(min: number, max: number): number };

function weighted<T>(r: Rng, entries: [T, number][]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [v, w] of entries) if ((x -= w) < 0) return v;
  return entries[entries.length - 1][0];
}

/** a mulberry32 stream of its own for (seed, index) */
export function marriageRng(seed: number, index: number): Rng {
  let a = (Math.imul(seed ^ 0x21a7, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

export type GeneratedMarriage = { facts: MarriageFacts; prefs: MarriagePrefs; showIncome: boolean };

/** `unanswered`: the share of members who have not answered yet (demo accounts: 0) */
export function generateMarriage(r: Rng, gender: "M" | "F", age: number, height: number, unanswered = 0.125): GeneratedMarriage {
  const male = gender === "M";
  if (r.next() < unanswered) return { facts: NO_MARRIAGE_FACTS, prefs: NO_MARRIAGE_PREFS, showIncome: false };
  const education = weighted<Education>(r, [["HIGH_SCHOOL", 8], ["ASSOCIATE", 15], ["BACHELOR", 57], ["MASTER", 15], ["DOCTORATE", 5]]);
  const jobCategory = weighted<JobCategory>(r, [
    ["OFFICE", 36], ["PUBLIC_SECTOR", 11], ["PROFESSIONAL", 7], ["EDUCATION", male ? 4 : 9], ["MEDICAL", male ? 4 : 8], ["IT", male ? 11 : 5],
    ["FINANCE", 5], ["BUSINESS", 7], ["FREELANCE", 5], ["SERVICE", 6], ["STUDENT", 2], ["OTHER", 3],
  ]);
  const senior = age >= 35 ? 1 : 0;
  const incomeBand = weighted<IncomeBand>(r, [["UNDER_30M", 14 - 6 * senior], ["FROM_30M", 38 - 10 * senior], ["FROM_50M", 28 + 4 * senior], ["FROM_70M", male ? 13 + 8 * senior : 8 + 6 * senior], ["OVER_100M", male ? 7 + 4 * senior : 3 + 2 * senior]]);
  const religion = weighted<Religion>(r, [["NONE", 50], ["PROTESTANT", 20], ["CATHOLIC", 11], ["BUDDHIST", 16], ["OTHER", 3]]);
  const smoking = weighted<Smoking>(r, male ? [["NON_SMOKER", 65], ["OCCASIONAL", 12], ["SMOKER", 23]] : [["NON_SMOKER", 93], ["OCCASIONAL", 4], ["SMOKER", 3]]);
  const drinking = weighted<Drinking>(r, [["NONE", 20], ["SOMETIMES", 62], ["OFTEN", 18]]);
  const maritalHistory: MaritalHistory = r.next() < (age >= 40 ? 0.3 : age >= 35 ? 0.12 : 0.04) ? "REMARRIAGE" : "FIRST";
  const children: Children = maritalHistory === "FIRST" ? "NONE" : weighted<Children>(r, [["NONE", 50], ["LIVING_TOGETHER", 25], ["LIVING_APART", 25]]);
  const marriageTiming = weighted<MarriageTiming>(r, [["WITHIN_YEAR", age >= 33 ? 45 : 30], ["ONE_TO_TWO_YEARS", 45], ["UNDECIDED", age >= 33 ? 10 : 25]]);
  const facts: MarriageFacts = { education, jobCategory, incomeBand, religion, smoking, drinking, maritalHistory, children, marriageTiming };

  // preferences: about half state a few; some insist ("꼭")
  const must: PreferenceField[] = [];
  const insist = (f: PreferenceField, p: number) => r.next() < p && must.push(f);
  const prefs: MarriagePrefs = { ...NO_MARRIAGE_PREFS, mustFields: must };
  if (religion !== "NONE" && religion !== "OTHER" && r.next() < 0.45) {
    prefs.religions = religion === "PROTESTANT" || religion === "CATHOLIC" ? ["PROTESTANT", "CATHOLIC"].filter((x) => x === religion || r.next() < 0.4) as Religion[] : [religion];
    insist("RELIGION", 0.4);
  } else if (religion === "NONE" && r.next() < 0.15) {
    prefs.religions = ["NONE", "BUDDHIST", "CATHOLIC"].filter((x) => x === "NONE" || r.next() < 0.5) as Religion[];
  }
  if (smoking === "NON_SMOKER" && r.next() < (male ? 0.45 : 0.7)) {
    prefs.smoking = ["NON_SMOKER"];
    insist("SMOKING", 0.35);
  }
  if (r.next() < 0.2) prefs.drinking = drinking === "OFTEN" ? ["SOMETIMES", "OFTEN"] : ["NONE", "SOMETIMES"];
  if (maritalHistory === "FIRST" && r.next() < 0.55) {
    prefs.maritalHistory = ["FIRST"];
    insist("MARITAL_HISTORY", 0.45);
  }
  if (children === "NONE" && r.next() < 0.4) {
    prefs.children = ["NONE"];
    insist("CHILDREN", 0.35);
  }
  if ((education === "BACHELOR" || education === "MASTER" || education === "DOCTORATE") && r.next() < 0.35) {
    prefs.minEducation = "BACHELOR";
    insist("EDUCATION", 0.2);
  }
  if (!male && r.next() < 0.35) {
    prefs.heightMin = Math.max(165, Math.min(180, height + r.int(5, 12)));
    insist("HEIGHT", 0.2);
  } else if (male && r.next() < 0.12) {
    prefs.heightMax = Math.max(160, height - r.int(0, 5));
  }
  if (r.next() < 0.4) prefs.marriageTiming = marriageTiming === "UNDECIDED" ? ["ONE_TO_TWO_YEARS", "UNDECIDED"] : [marriageTiming, "ONE_TO_TWO_YEARS"].filter((v, i, a) => a.indexOf(v) === i) as MarriageTiming[];
  return { facts, prefs, showIncome: r.next() < 0.15 };
}
