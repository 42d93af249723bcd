// "왜 소개됐나요": one line of words on each recommendation card, from the pair terms that moved the
// score most in both directions (explainPair in score.ts, the weekly build's own formula and
// weights). Only terms that raised the score and that can be said in words (the "되도록" marriage
// agreements, shared keywords, region; age closeness moves every card alike and says nothing), and NEVER from a field the target keeps hidden: a term
// on a field the target has not made visible is dropped before the words are chosen (the income band
// is not a score term at all). tests/integration/marriage-profile.int.test.ts holds it to that.
/** the target's per-field visibility (lib/profiles/public-profile Visibility) */
type Visibility = Readonly<Record<string, boolean>>;
import { completeWeights, explainPair, type FeatureName, type ScoreMember, type Weights } from "./score";

/** at most this many reasons on a card */
export const MAX_REASONS = 3;

/** the profile field a term reveals about the target (null: keywords, always public) */
const REVEALS: Partial<Record<FeatureName, string | null>> = {
  prefReligion: "religion",
  prefSmoking: "smoking",
  prefDrinking: "drinking",
  prefMarital: "maritalHistory",
  prefChildren: "children",
  prefEducation: "education",
  prefHeight: "height",
  prefTiming: "marriageTiming",
  keywords: null,
  region: "region",
};

function words(f: FeatureName, viewer: ScoreMember, target: ScoreMember): string | null {
  const a = viewer.profile.marriage;
  const b = target.profile.marriage;
  const same = <K extends keyof NonNullable<typeof a>>(k: K) => (a && b && a[k] !== null && a[k] === b[k] ? a[k] : null);
  switch (f) {
    case "prefReligion":
      return same("religion") === "NONE" ? "둘 다 무교" : same("religion") ? "같은 종교" : "종교관이 맞아요";
    case "prefSmoking":
      return same("smoking") === "NON_SMOKER" ? "둘 다 비흡연" : "흡연 습관이 맞아요";
    case "prefDrinking":
      return same("drinking") ? "음주 습관이 비슷해요" : "음주 습관이 맞아요";
    case "prefMarital":
      return same("maritalHistory") === "FIRST" ? "둘 다 초혼" : same("maritalHistory") === "REMARRIAGE" ? "둘 다 재혼" : "결혼 경험 조건이 맞아요";
    case "prefChildren":
      return "자녀 조건이 맞아요";
    case "prefEducation":
      return "학력 조건이 맞아요";
    case "prefHeight":
      return "키 조건이 맞아요";
    case "prefTiming":
      return same("marriageTiming") ? "결혼 시기가 비슷해요" : "결혼 시기가 맞아요";
    case "keywords": {
      const shared = viewer.profile.keywords.filter((k) => target.profile.keywords.includes(k));
      return shared.length > 0 ? `관심사가 같아요(${shared.slice(0, 2).join("·")})` : null;
    }
    case "region":
      return viewer.profile.region && viewer.profile.region === target.profile.region ? "같은 지역" : "원하는 지역";
    default:
      return null;
  }
}

/**
 * The card's reasons for `viewer` looking at `target`: the wordable terms that raised the score,
 * summed over both directions, largest first, minus any about a field `targetVisibility` hides.
 */
export function cardReasons(viewer: ScoreMember, target: ScoreMember, targetVisibility: Visibility, weights: Weights | undefined, year: number): string[] {
  const w = completeWeights(weights ?? {});
  const ctx = { now: new Date(Date.UTC(year, 0, 1)), year };
  const { reasons } = explainPair(viewer, target, ctx, w, Infinity);
  const byFeature = new Map<FeatureName, number>();
  for (const r of reasons) {
    if (!(r.feature in REVEALS) || r.logOdds <= 0) continue;
    const field = REVEALS[r.feature];
    if (field && !targetVisibility[field]) continue;
    byFeature.set(r.feature, (byFeature.get(r.feature) ?? 0) + r.logOdds);
  }
  const out: string[] = [];
  for (const [f] of [...byFeature].sort((x, y) => y[1] - x[1])) {
    const text = words(f, viewer, target);
    if (text && !out.includes(text)) out.push(text);
    if (out.length === MAX_REASONS) break;
  }
  return out;
}
