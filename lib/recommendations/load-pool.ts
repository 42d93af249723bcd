// Bulk reads of the weekly build: every eligible member's features with a fixed number of queries
// (members with their tier quota, pair history, reports, this week's target counts), as arrays indexed by a
// dense member number. No query depends on the number of members.
import { bulkQuery } from "@/lib/db/bulk";
import { recommendableSql } from "@/lib/core/visibility";
import { prepareMember, newVocabularies, type PreparedMember, type Vocabularies } from "./score";
import { NO_REPEAT_WEEKS, RELAXED_NO_REPEAT_WEEKS } from "./policy";
import { addWeeks, weekStart, weekYear } from "@/lib/core/week";
import { processingKeys } from "./order";
import { loadPairs } from "./load-pairs";
import { weeklyQuota } from "./quota";
import type { MembershipTier } from "@/lib/generated/prisma/enums";
import { NO_MARRIAGE_FACTS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";

export type Pool = {
  week: string;
  year: number;
  ids: string[];
  members: PreparedMember[];
  vocab: Vocabularies;
  /** processing order key per member (see order.ts) */
  keys: string[];
  /** pair history as CSR lists (see load-pairs.ts): fwd from the pair tables' first column, rev from the second */
  fwdOff: Int32Array;
  fwdVal: Int32Array;
  revOff: Int32Array;
  revVal: Int32Array;
  /** the viewer's own passes, reports and rated meetings (load-pairs.ts), for the fit's leave-one-out */
  actOff: Int32Array;
  actVal: Int32Array;
  /** recommendations already written this week, per target (the cap holds across calls) */
  capCount: Int32Array;
  /** recommendations each member receives this week (membership tier, quota.ts) */
  quota: Int32Array;
  likeRate: number;
  loadMs: number;
  /** load phases: members query, pair queries, pair lists built in memory */
  loadTimings: { membersMs: number; pairsQueryMs: number; pairsBuildMs: number };
};

/** the marriage profile and preferences (marriage-rules.ts), as text: enum arrays joined by chr(31) */
export const MARRIAGE_SQL = `p.height, p.education::text AS education, p.religion::text AS religion, p.smoking::text AS smoking,
       p.drinking::text AS drinking, p."maritalHistory"::text AS "maritalHistory", p.children::text AS children,
       p."marriageTiming"::text AS "marriageTiming",
       array_to_string(f.religions, chr(31)) AS "pReligions", array_to_string(f.smoking, chr(31)) AS "pSmoking",
       array_to_string(f.drinking, chr(31)) AS "pDrinking", array_to_string(f."maritalHistory", chr(31)) AS "pMarital",
       array_to_string(f.children, chr(31)) AS "pChildren", f."minEducation"::text AS "pMinEducation", f."heightMin" AS "pHeightMin",
       f."heightMax" AS "pHeightMax", array_to_string(f."marriageTiming", chr(31)) AS "pTiming", array_to_string(f."mustFields", chr(31)) AS "pMust"`;

/** One pool row's marriage facts and preferences (the columns of MARRIAGE_SQL). */
export function marriageOf(r: MarriageRow): { height: number | null; facts: MarriageFacts; prefs: MarriagePrefs } {
  return {
    height: r.height,
    facts: { ...NO_MARRIAGE_FACTS, education: r.education, religion: r.religion, smoking: r.smoking, drinking: r.drinking, maritalHistory: r.maritalHistory, children: r.children, marriageTiming: r.marriageTiming },
    prefs: {
      religions: split(r.pReligions) as MarriagePrefs["religions"],
      smoking: split(r.pSmoking) as MarriagePrefs["smoking"],
      drinking: split(r.pDrinking) as MarriagePrefs["drinking"],
      maritalHistory: split(r.pMarital) as MarriagePrefs["maritalHistory"],
      children: split(r.pChildren) as MarriagePrefs["children"],
      minEducation: r.pMinEducation,
      heightMin: r.pHeightMin,
      heightMax: r.pHeightMax,
      marriageTiming: split(r.pTiming) as MarriagePrefs["marriageTiming"],
      mustFields: split(r.pMust) as MarriagePrefs["mustFields"],
    },
  };
}
type MarriageRow = {
  height: number | null; education: MarriageFacts["education"]; religion: MarriageFacts["religion"]; smoking: MarriageFacts["smoking"];
  drinking: MarriageFacts["drinking"]; maritalHistory: MarriageFacts["maritalHistory"]; children: MarriageFacts["children"];
  marriageTiming: MarriageFacts["marriageTiming"]; pReligions: string | null; pSmoking: string | null; pDrinking: string | null;
  pMarital: string | null; pChildren: string | null; pMinEducation: MarriagePrefs["minEducation"]; pHeightMin: number | null;
  pHeightMax: number | null; pTiming: string | null; pMust: string | null;
};

// Eligible = recommendable (lib/core/visibility: live, onboarded, an approved photo) with
// a profile and a preference (inner joins).
const ELIGIBLE_SQL = `
SELECT u.id::text AS id, p.gender::text AS gender, p."birthYear" AS "birthYear", p.region,
       array_to_string(p.keywords, chr(31)) AS kw, f."targetGender"::text AS "targetGender",
       f."ageMin" AS "ageMin", f."ageMax" AS "ageMax", array_to_string(f.regions, chr(31)) AS regions,
       array_to_string(f.keywords, chr(31)) AS "prefKw",
       (extract(epoch FROM u."createdAt") * 1000)::float8 AS "joinedMs",
       (extract(epoch FROM u."lastActiveAt") * 1000)::float8 AS "activeMs",
       u."membershipTier"::text AS tier, (extract(epoch FROM u."membershipExpiresAt") * 1000)::float8 AS "expiresMs",
       ${MARRIAGE_SQL}
  FROM "User" u
  JOIN "Profile" p ON p."userId" = u.id
  JOIN "Preference" f ON f."userId" = u.id
 WHERE ${recommendableSql("u")}
 ORDER BY u.id`;

const REPORTS_SQL = `SELECT "reportedId"::text AS id, count(DISTINCT "reporterId")::int AS n FROM "Report" GROUP BY 1`;
/** explicit passes ("관심 없음") each member received, all time */
const PASSES_SQL = `SELECT "targetId"::text AS id, count(*)::int AS n FROM "Pass" GROUP BY 1`;
/** post-meeting feedback about each member from their partners: met and rated 4–5 / 1–2 */
const FEEDBACK_SQL = `SELECT (CASE WHEN m."userAId" = f."userId" THEN m."userBId" ELSE m."userAId" END)::text AS id,
       count(*) FILTER (WHERE f.met AND f.rating >= 4)::int AS liked,
       count(*) FILTER (WHERE f.met AND f.rating <= 2)::int AS disliked
  FROM "MatchFeedback" f JOIN "Match" m ON m.id = f."matchId" GROUP BY 1`;
const CAP_SQL = `SELECT "targetId"::text AS id, count(*)::int AS n FROM "Recommendation" WHERE "batchWeek" = $1 GROUP BY 1`;
type EligibleRow = {
  id: string; gender: "M" | "F"; birthYear: number; region: string | null; kw: string | null; targetGender: "M" | "F";
  ageMin: number; ageMax: number; regions: string | null; prefKw: string | null; joinedMs: number; activeMs: number | null;
  tier: MembershipTier; expiresMs: number | null;
} & MarriageRow;

const split = (s: string | null) => (s ? s.split("\u001f") : []);

export async function loadPool(week: string): Promise<Pool> {
  const started = performance.now();
  const window = { from: addWeeks(week, -NO_REPEAT_WEEKS), recentFrom: addWeeks(week, -RELAXED_NO_REPEAT_WEEKS), lastFrom: addWeeks(week, -1), week };
  const [rows, reportRows, capRows, passRows, feedbackRows] = await Promise.all([
    bulkQuery<EligibleRow>(ELIGIBLE_SQL),
    bulkQuery<{ id: string; n: number }>(REPORTS_SQL),
    bulkQuery<{ id: string; n: number }>(CAP_SQL, [week]),
    bulkQuery<{ id: string; n: number }>(PASSES_SQL),
    bulkQuery<{ id: string; liked: number; disliked: number }>(FEEDBACK_SQL),
  ]);
  const membersMs = Math.round(performance.now() - started);
  const ids = rows.map((r) => r.id);
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const pairs = await loadPairs(ids, window);

  // behaviour of earlier weeks only (this week's own exposures never feed back, so a resumed run
  // scores exactly like a one-shot run), among members who are in the pool now
  let exposures = 0;
  let likes = 0;
  for (let i = 0; i < n; i++) {
    exposures += pairs.shown[i];
    likes += pairs.likesGiven[i];
  }
  const likeRate = exposures > 0 ? likes / exposures : 0;
  const reports = new Map(reportRows.map((r) => [r.id, r.n]));
  const passes = new Map(passRows.map((r) => [r.id, r.n]));
  const feedback = new Map(feedbackRows.map((r) => [r.id, r]));
  const passCount = passRows.reduce((sum, r) => sum + r.n, 0);
  const ctx = { now: weekStart(week), year: weekYear(week), likeRate, passRate: exposures > 0 ? passCount / exposures : 0 };
  const vocab = newVocabularies();
  const members = rows.map((r, i) => {
    const marriage = marriageOf(r);
    return prepareMember(
      {
        profile: { gender: r.gender, birthYear: r.birthYear, region: r.region, keywords: split(r.kw), height: marriage.height, marriage: marriage.facts },
        preference: { targetGender: r.targetGender, ageMin: r.ageMin, ageMax: r.ageMax, regions: split(r.regions), keywords: split(r.prefKw), marriage: marriage.prefs },
        stats: {
          joinedAt: new Date(r.joinedMs),
          lastActiveAt: r.activeMs === null ? null : new Date(r.activeMs),
          shown: pairs.shown[i],
          likesGiven: pairs.likesGiven[i],
          shownTo: pairs.shownTo[i],
          likesReceived: pairs.likesReceived[i],
          reportsReceived: reports.get(r.id) ?? 0,
          passesReceived: passes.get(r.id) ?? 0,
          meetingsLiked: feedback.get(r.id)?.liked ?? 0,
          meetingsDisliked: feedback.get(r.id)?.disliked ?? 0,
        },
      },
      ctx,
      vocab,
    );
  });

  const quota = Int32Array.from(rows, (r) => weeklyQuota(r.tier, r.expiresMs === null ? null : new Date(r.expiresMs), ctx.now));
  const capCount = new Int32Array(n);
  for (const c of capRows) {
    const i = index.get(c.id);
    if (i !== undefined) capCount[i] = c.n;
  }
  return {
    week,
    year: ctx.year,
    ids,
    members,
    vocab,
    keys: processingKeys(week, ids),
    fwdOff: pairs.fwdOff,
    fwdVal: pairs.fwdVal,
    revOff: pairs.revOff,
    revVal: pairs.revVal,
    actOff: pairs.actOff,
    actVal: pairs.actVal,
    capCount,
    quota,
    likeRate,
    loadMs: Math.round(performance.now() - started),
    loadTimings: { membersMs, pairsQueryMs: pairs.timings.queryMs, pairsBuildMs: pairs.timings.buildMs },
  };
}
