// What the cards' reasons (card-reasons.ts) are computed from: members as the scorer sees them (profile,
// preferences with the marriage fields) and the weights of the latest finished weekly run — the same
// inputs the build scored with (activity terms are left at zero: reasons come from pair terms only).
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { MARRIAGE_SQL, marriageOf } from "./load-pool";
import type { ScoreMember, Weights } from "./score";

type Row = {
  id: string; gender: "M" | "F"; birthYear: number; region: string | null; keywords: string[]; targetGender: "M" | "F"; ageMin: number; ageMax: number;
  regions: string[]; prefKeywords: string[];
} & Parameters<typeof marriageOf>[0];

const NO_ACTIVITY = { joinedAt: new Date(0), lastActiveAt: null, shown: 0, likesGiven: 0, shownTo: 0, likesReceived: 0, reportsReceived: 0 };

/** Members with a profile and preferences, by id, as ScoreMembers. */
export async function loadScoreMembers(ids: readonly string[]): Promise<Map<string, ScoreMember>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT u.id::text AS id, p.gender::text AS gender, p."birthYear", p.region, p.keywords, f."targetGender"::text AS "targetGender", f."ageMin", f."ageMax",
           f.regions, f.keywords AS "prefKeywords", ${Prisma.raw(MARRIAGE_SQL)}
      FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id
     WHERE u.id = ANY(${[...ids]}::uuid[])`;
  return new Map(
    rows.map((r) => {
      const m = marriageOf(r);
      return [
        r.id,
        {
          profile: { gender: r.gender, birthYear: r.birthYear, region: r.region, keywords: r.keywords, height: m.height, marriage: m.facts },
          preference: { targetGender: r.targetGender, ageMin: r.ageMin, ageMax: r.ageMax, regions: r.regions, keywords: r.prefKeywords, marriage: m.prefs },
          stats: NO_ACTIVITY,
        },
      ];
    }),
  );
}

/** The weights the latest finished weekly run scored with (undefined: none yet, the prior applies). */
export async function latestRunWeights(): Promise<Weights | undefined> {
  const run = await prisma.recommendationRun.findFirst({ where: { status: { in: ["COMPLETED", "LOW_COVERAGE"] } }, orderBy: { week: "desc" }, select: { stats: true } });
  return (run?.stats as { model?: { weights?: Weights } } | null)?.model?.weights;
}
