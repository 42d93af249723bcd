// GET /api/recommendations/conditions use case: what /recommendations tells a member about their own
// conditions — which new marriage-profile fields they have not answered yet (a banner, not a wall),
// and, when their "꼭" preferences leave few candidates, which one narrows most. The candidates are
// the recommendable members the age / gender rules pair with them both ways (as at the build's
// widest relax level: region is relaxed, "꼭" never is); the "꼭" check is the build's own rule
// (lib/recommendations/marriage-rules.ts). Counts only: no other member's data leaves this file.
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { PREFERENCE_FIELD_LABEL } from "@/lib/core/labels";
import { recommendableSql } from "@/lib/core/visibility";
import { currentWeek, weekYear } from "@/lib/core/week";
import { MARRIAGE_FIELD_KEYS, MARRIAGE_FIELDS, PREFERENCE_FIELDS } from "@/lib/core/marriage";
import { admits, failedMustFields, type RuleMember } from "@/lib/recommendations/marriage-rules";
import { MARRIAGE_SQL, marriageOf } from "@/lib/recommendations/load-pool";
import { RELAX_AGE_YEARS } from "@/lib/recommendations/policy";

/** fewer candidates than this with the "꼭" preferences: the page says so */
export const FEW_CANDIDATES = 20;
/** candidates examined at most (a bounded read; the note is about "few", not an exact census) */
const SCAN_LIMIT = 5000;

export const ZMatchConditions = z.object({
  /** the marriage-profile fields not answered yet (their names), for the banner */
  missingProfileFields: z.array(z.string()),
  strict: z
    .object({
      /** candidates before the "꼭" preferences, and those left with them (both ways) */
      candidates: z.number().int(),
      admitted: z.number().int(),
      few: z.boolean(),
      /** the member's own "꼭" field that excludes the most candidates */
      narrowest: z.object({ field: z.enum(PREFERENCE_FIELDS), label: z.string(), excluded: z.number().int() }).nullable(),
    })
    .nullable(),
  /**
   * recommendable members the age / gender rules pair with the member both ways (candidates) and
   * those left after everyone's "꼭" (admitted); null when not counted (no "꼭" choices and the page
   * did not ask: it asks when the list is empty, to say at once that nobody fits and what to widen)
   */
  reach: z.object({ candidates: z.number().int(), admitted: z.number().int(), ageMin: z.number().int(), ageMax: z.number().int() }).nullable(),
});
export type MatchConditions = z.infer<typeof ZMatchConditions>;

type Row = { id: string; gender: "M" | "F"; birthYear: number; targetGender: "M" | "F"; ageMin: number; ageMax: number } & Parameters<typeof marriageOf>[0];
const SELECT = Prisma.raw(`SELECT u.id::text AS id, p.gender::text AS gender, p."birthYear", f."targetGender"::text AS "targetGender", f."ageMin", f."ageMax", ${MARRIAGE_SQL}
  FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id`);

export async function getMatchConditions({ actor, now = new Date(), countPool = false }: { actor: Actor; now?: Date; countPool?: boolean }): Promise<MatchConditions> {
  const [me] = await prisma.$queryRaw<Row[]>`${SELECT} WHERE u.id = ${actor.userId}::uuid`;
  const profile = await prisma.profile.findUnique({ where: { userId: actor.userId }, select: Object.fromEntries(MARRIAGE_FIELD_KEYS.map((k) => [k, true])) as Record<(typeof MARRIAGE_FIELD_KEYS)[number], true> });
  const missingProfileFields = profile ? MARRIAGE_FIELD_KEYS.filter((k) => profile[k] === null).map((k) => MARRIAGE_FIELDS[k].name) : [];
  if (!me) return { missingProfileFields, strict: null, reach: null };
  const mine: RuleMember = marriageOf(me);
  const strictChoices = mine.prefs.mustFields.length > 0;
  if (!strictChoices && !countPool) return { missingProfileFields, strict: null, reach: null };

  const year = weekYear(currentWeek(now));
  const myAge = year - me.birthYear;
  const s = RELAX_AGE_YEARS;
  const pool = await prisma.$queryRaw<Row[]>`${SELECT}
    WHERE ${Prisma.raw(recommendableSql("u"))} AND u.id <> ${actor.userId}::uuid
      AND p.gender = ${me.targetGender}::"Gender" AND f."targetGender" = ${me.gender}::"Gender"
      AND p."birthYear" BETWEEN ${year - me.ageMax - s} AND ${year - me.ageMin + s} AND f."ageMin" - ${s} <= ${myAge} AND f."ageMax" + ${s} >= ${myAge}
    LIMIT ${SCAN_LIMIT}`;
  const excluded = new Map<string, number>();
  let admitted = 0;
  for (const row of pool) {
    const other = marriageOf(row);
    const failed = failedMustFields(mine, other);
    for (const f of failed) excluded.set(f, (excluded.get(f) ?? 0) + 1);
    if (failed.length === 0 && admits(other, mine)) admitted++;
  }
  const [top] = [...excluded].sort((a, b) => b[1] - a[1]);
  const narrowest = top ? { field: top[0] as (typeof PREFERENCE_FIELDS)[number], label: PREFERENCE_FIELD_LABEL[top[0] as (typeof PREFERENCE_FIELDS)[number]], excluded: top[1] } : null;
  const reach = { candidates: pool.length, admitted, ageMin: me.ageMin, ageMax: me.ageMax };
  return { missingProfileFields, strict: strictChoices ? { candidates: pool.length, admitted, few: admitted < FEW_CANDIDATES, narrowest } : null, reach };
}

export const getMatchConditionsOperation = defineOperation({
  method: "GET",
  path: "/api/recommendations/conditions",
  access: "member",
  tag: "matching",
  summary: "내 조건 안내: 아직 답하지 않은 결혼 정보, '꼭' 조건으로 후보가 적을 때 가장 많이 좁히는 조건",
  output: ZMatchConditions,
  run: getMatchConditions,
});
