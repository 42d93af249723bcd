// The member search of the admin console as ONE SQL builder, shared by the list (GET /api/admin/users)
// and the CSV export, so both always read the same filter the same way.
// Search: exact Kakao id, exact phone and exact real name through their keyed blind indexes
// (never decrypting a column to search it), or a part of the nickname or Kakao name (the 1- and 2-letter
// pieces' GIN indexes, migration 20261208040000_admin_console_100k). Each alternative is its own
// index lookup, joined as `u.id IN (… UNION ALL …)`: an OR across the User–Profile join can use none.
// Pagination is keyset on (createdAt, id) — the indexes "User_role_createdAt_id_idx" and
// "User_role_status_createdAt_id_idx" — so the 1,000th page costs what the first does; ?page= (OFFSET) is
// kept for older clients and skips its rows on (createdAt, id) alone: the page's columns (the profile,
// "paid") are read for its 50 rows only, never for the skipped ones. Both statements are planned with
// each call's values (PLAN_EACH_CALL): the filters' selectivities differ by orders of magnitude.
import { PLAN_EACH_CALL, prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { blindIndex, normalizePhone } from "@/lib/crypto/pii";
import { seoulToday } from "@/lib/core/seoul-time";
import { fullAge } from "@/lib/members/age";
import { ADMIN_MARRIAGE_FIELDS, type UserFilters, type UserListItem } from "./schemas";

export type UserRow = {
  id: string;
  kakaoId: string | null;
  nickname: string | null;
  gender: "M" | "F" | null;
  birthDate: Date | null;
  region: string | null;
  status: UserListItem["status"];
} & Pick<UserListItem, (typeof ADMIN_MARRIAGE_FIELDS)[number]> & {
  role: "MEMBER" | "ADMIN";
  membershipTier: UserListItem["membershipTier"];
  membershipExpiresAt: Date | null;
  paid: boolean;
  matchingCount: number;
  consultationCount: number;
  lastConsultationAt: Date | null;
  createdAt: Date;
};

export type Keyset = { at: Date; id: string };

const KAKAO_ID = /^\d{3,20}$/;
const NAME = /^[가-힣a-zA-Z]+(?: [가-힣a-zA-Z]+)*$/;
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** a timestamp(3) column compared with a JS Date: the stored value is UTC wall time */
const ts = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 23)}::timestamp`;

/** The birth date bound for "at least `years` old today" (Seoul's calendar), as a DATE literal. */
function bornOnOrBefore(years: number, now: Date): string {
  const t = seoulToday(now);
  const d = new Date(Date.UTC(t.year - years, t.month - 1, t.day));
  return d.toISOString().slice(0, 10);
}

function searchCondition(query: string): Prisma.Sql {
  const branches: Prisma.Sql[] = [];
  const phone = normalizePhone(query);
  if (phone) branches.push(Prisma.sql`SELECT id FROM "User" WHERE "phoneHash" = ${blindIndex(phone)}`);
  if (KAKAO_ID.test(query)) branches.push(Prisma.sql`SELECT id FROM "User" WHERE "kakaoId" = ${query}`);
  if (NAME.test(query)) branches.push(Prisma.sql`SELECT id FROM "User" WHERE "realNameHash" = ${blindIndex(query)}`);
  if (!phone) {
    // the pieces narrow the rows through the GIN index; the ILIKE decides, exactly as before
    const pattern = `%${likeEscape(query)}%`;
    branches.push(
      Prisma.sql`SELECT "userId" FROM "Profile" WHERE admin_search_grams(nickname) @> admin_search_needle(${query}) AND nickname ILIKE ${pattern}`,
      Prisma.sql`SELECT id FROM "User" WHERE admin_search_grams(name) @> admin_search_needle(${query}) AND name ILIKE ${pattern}`,
    );
  }
  return Prisma.sql`u.id IN (${Prisma.join(branches, " UNION ALL ")})`;
}

export function userWhere(f: UserFilters, now = new Date()): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`u.role = 'MEMBER'::"Role"`];
  if (f.query) c.push(searchCondition(f.query));
  if (f.status) c.push(Prisma.sql`u.status = ${f.status}::"UserStatus"`);
  if (f.gender) c.push(Prisma.sql`u.gender = ${f.gender}::"Gender"`);
  if (f.membership) c.push(Prisma.sql`u."membershipTier" = ${f.membership}::"MembershipTier"`);
  if (f.paid !== undefined) c.push(Prisma.sql`${Prisma.raw(f.paid ? "" : "NOT ")}EXISTS (SELECT 1 FROM "Payment" pm WHERE pm."userId" = u.id AND pm.status = 'PAID'::"PaymentStatus")`);
  // "matched" is the member's status (매칭중/매칭완료), which the match writes keep in step
  if (f.matched !== undefined) c.push(Prisma.sql`u.status ${Prisma.raw(f.matched ? "IN" : "NOT IN")} ('MATCHING'::"UserStatus", 'MATCHED'::"UserStatus")`);
  if (f.ageMin !== undefined) c.push(Prisma.sql`u."birthDate" <= ${bornOnOrBefore(f.ageMin, now)}::date`);
  if (f.ageMax !== undefined) c.push(Prisma.sql`u."birthDate" > ${bornOnOrBefore(f.ageMax + 1, now)}::date`);
  if (f.region) c.push(Prisma.sql`p.region = ${f.region}`);
  // the marriage fields: column names from the closed list, values validated enums (schemas.ts)
  for (const k of ADMIN_MARRIAGE_FIELDS) if (f[k]) c.push(Prisma.sql`p.${Prisma.raw(`"${k}"`)}::text = ${f[k]}`);
  return Prisma.join(c, " AND ");
}

const FROM = Prisma.sql`FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u.id`;
/** the filters that read the profile (the search reads it in its own branch) */
const needsProfile = (f: UserFilters) => Boolean(f.region || ADMIN_MARRIAGE_FIELDS.some((k) => f[k]));
const fromFor = (f: UserFilters) => (needsProfile(f) ? FROM : Prisma.sql`FROM "User" u`);

/** One page (or export batch) of members in the filter's order, after `after` when given. */
export async function selectUsers(f: UserFilters, opts: { after?: Keyset | null; offset?: number; limit: number; now?: Date }): Promise<UserRow[]> {
  const desc = f.sort !== "oldest";
  const where = [userWhere(f, opts.now)];
  if (opts.after) where.push(Prisma.sql`(u."createdAt", u.id) ${Prisma.raw(desc ? "<" : ">")} (${ts(opts.after.at)}, ${opts.after.id}::uuid)`);
  const dir = Prisma.raw(desc ? "DESC" : "ASC");
  // the page's keys first (an index range, skipping OFFSET rows on the index alone), then its columns
  return prisma.$queryRaw<UserRow[]>`${Prisma.raw(PLAN_EACH_CALL)}
    SELECT u.id::text AS id, u."kakaoId", COALESCE(p.nickname, u.name) AS nickname, u.gender::text AS gender, u."birthDate",
           p.region, ${Prisma.raw(ADMIN_MARRIAGE_FIELDS.map((k) => `p."${k}"::text AS "${k}"`).join(", "))}, u.status::text AS status, u.role::text AS role, u."membershipTier"::text AS "membershipTier", u."membershipExpiresAt",
           EXISTS (SELECT 1 FROM "Payment" pm WHERE pm."userId" = u.id AND pm.status = 'PAID'::"PaymentStatus") AS paid,
           u."matchingCount", u."consultationCount", u."lastConsultationAt", u."createdAt"
      FROM (SELECT u.id, u."createdAt" ${fromFor(f)}
             WHERE ${Prisma.join(where, " AND ")}
             ORDER BY u."createdAt" ${dir}, u.id ${dir}
             LIMIT ${opts.limit} OFFSET ${opts.offset ?? 0}) page
      JOIN "User" u ON u.id = page.id LEFT JOIN "Profile" p ON p."userId" = u.id
     ORDER BY page."createdAt" ${dir}, page.id ${dir}`;
}

/** Counting stops here: "10,000명 이상" is all an operator needs, and an exact count of a broad filter costs a full scan. */
export const COUNT_CAP = 10_000;

export async function countUsers(f: UserFilters, now?: Date): Promise<{ count: number; capped: boolean }> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`${Prisma.raw(PLAN_EACH_CALL)} SELECT count(*)::int AS n FROM (SELECT 1 ${fromFor(f)} WHERE ${userWhere(f, now)} LIMIT ${COUNT_CAP + 1}) t`;
  return n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
}

export function toUserListItem(r: UserRow, now = new Date()): UserListItem {
  const b = r.birthDate;
  return {
    id: r.id,
    kakaoId: r.kakaoId,
    nickname: r.nickname,
    gender: r.gender,
    age: b ? fullAge({ year: b.getUTCFullYear(), month: b.getUTCMonth() + 1, day: b.getUTCDate() }, now) : null,
    region: r.region,
    ...Object.fromEntries(ADMIN_MARRIAGE_FIELDS.map((k) => [k, r[k] ?? null])) as Pick<UserListItem, (typeof ADMIN_MARRIAGE_FIELDS)[number]>,
    status: r.status,
    role: r.role,
    membershipTier: r.membershipTier,
    membershipExpiresAt: r.membershipExpiresAt?.toISOString() ?? null,
    paid: r.paid,
    matchingCount: r.matchingCount,
    consultationCount: r.consultationCount,
    lastConsultationAt: r.lastConsultationAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
