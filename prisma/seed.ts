// Demo seed: the demo admin, every demo Kakao account (complete members; one banned) and generated
// members. Idempotent by construction: every row has a deterministic key (user id derived from the
// Kakao id, unique Kakao id, profile/preference keyed by user) and is inserted set-based with
// ON CONFLICT DO NOTHING, so a re-run inserts nothing and an interrupted run is simply completed
// by the next one. No transaction: large counts would outlive Prisma's transaction timeout.
import { DEMO_ACCOUNTS, DEMO_ADMIN_KAKAO_ID, type DemoAccount } from "@/dev/demo-accounts";
import type { Db } from "@/lib/db";
import type { Gender, Role } from "@/lib/generated/prisma/enums";
import { PRIVACY_VERSION, REFUND_VERSION, TERMS_VERSION } from "@/lib/members/legal-versions";
import type { Keyword, Region } from "@/lib/profiles/constants";
import { generateMarriage, marriageRng } from "./seed/marriage-generator";
import { fakePiiColumns } from "./seed/fake-pii";
import { insertSeedPhotoRows, seedPhoto } from "./seed/seed-photos";
import {
  generateMembers,
  seedUserId,
  seoulYear,
  type SyntheticMember,
  type SyntheticPreference,
  type SyntheticProfile,
  type SyntheticUser,
} from "./seed/members-generator";

/** PRNG seed of the generated members: fixed, so every machine gets the same demo population. */
export const SEED = 20261121;
export const DEFAULT_SEED_COUNT = 200;
const CHUNK = 2_000;
const DAY = 86_400_000;

/** a generated member, or a demo account (the admin has no gender and a role) */
type SeedRow = Omit<SyntheticMember, "user"> & { user: Omit<SyntheticUser, "gender"> & { gender: Gender | null; role?: Role } };
type DemoSpec = {
  age: number;
  region: Region;
  height: number;
  job: string;
  intro: string;
  keywords: Keyword[];
  pref: { ageMin: number; ageMax: number; regions: Region[]; keywords: Keyword[] };
};

// Three mutually compatible pairs (gender, both age ranges, regions, shared keywords) for the
// end-to-end flow recommendation → mutual like → match. The ranges keep a year or two of slack so
// the pairs stay compatible after New Year.
const DEMO_SPECS: Record<string, DemoSpec> = {
  "900000001": { age: 35, region: "서울", height: 178, job: "개발자", intro: "서울에서 개발자로 일하고 있어요. 주말엔 영화 보고 카페 다니는 걸 좋아해요.", keywords: ["여행", "영화", "카페투어", "운동"], pref: { ageMin: 29, ageMax: 37, regions: ["서울", "경기"], keywords: ["여행", "영화"] } },
  "900000002": { age: 33, region: "서울", height: 163, job: "디자이너", intro: "안녕하세요, 서울에서 디자이너로 일하고 있어요. 여행 가면 사진 찍는 걸 좋아해요.", keywords: ["여행", "영화", "카페투어", "사진"], pref: { ageMin: 31, ageMax: 39, regions: ["서울", "경기", "인천"], keywords: ["여행", "카페투어"] } },
  "900000003": { age: 37, region: "경기", height: 175, job: "연구원", intro: "경기도에서 연구원으로 일하고 있어요. 날씨 좋은 주말엔 캠핑을 자주 다녀요.", keywords: ["캠핑", "요리", "반려동물", "등산"], pref: { ageMin: 31, ageMax: 38, regions: ["경기", "서울"], keywords: ["캠핑", "반려동물"] } },
  "900000004": { age: 34, region: "경기", height: 160, job: "간호사", intro: "집에서 요리해 먹는 걸 좋아해요. 강아지와 함께 캠핑 다닐 분을 만나고 싶어요.", keywords: ["캠핑", "요리", "반려동물", "영화"], pref: { ageMin: 33, ageMax: 41, regions: ["경기", "서울", "인천"], keywords: ["요리", "캠핑"] } },
  "900000005": { age: 32, region: "부산", height: 176, job: "공무원", intro: "부산에서 공무원으로 일하고 있어요. 주말 아침에 가까운 산에 오르는 걸 좋아해요.", keywords: ["등산", "맛집탐방", "음악", "수영"], pref: { ageMin: 27, ageMax: 34, regions: ["부산", "울산", "경남"], keywords: ["맛집탐방", "음악"] } },
  "900000006": { age: 31, region: "부산", height: 162, job: "교사", intro: "부산에서 교사로 일하고 있어요. 맛있는 음식 먹으러 다니는 걸 좋아해요.", keywords: ["등산", "맛집탐방", "음악", "독서"], pref: { ageMin: 30, ageMax: 37, regions: ["부산", "경남"], keywords: ["등산", "음악"] } },
  "900000099": { age: 36, region: "서울", height: 172, job: "자영업", intro: "편하게 대화 나눌 수 있는 분을 만나고 싶어요.", keywords: ["골프", "와인"], pref: { ageMin: 25, ageMax: 34, regions: [], keywords: ["와인"] } },
};

/** a complete member for a demo account without its own spec (keeps new demo ids seedable) */
function fallbackSpec(account: DemoAccount): DemoSpec {
  const male = account.gender !== "F";
  return { age: male ? 34 : 32, region: "서울", height: male ? 175 : 162, job: "회사원", intro: "서울에서 회사원으로 일하고 있어요.", keywords: ["여행", "영화"], pref: male ? { ageMin: 28, ageMax: 36, regions: [], keywords: [] } : { ageMin: 30, ageMax: 38, regions: [], keywords: [] } };
}

function demoRow(account: DemoAccount, now: Date, year: number): SeedRow {
  const key = Number(account.kakaoId);
  const id = seedUserId(key);
  const t = now.getTime();
  const joined = new Date(t - 30 * DAY);
  const base = {
    id,
    kakaoId: account.kakaoId,
    name: account.nickname,
    membershipTier: "FREE" as const,
    membershipExpiresAt: null,
    matchingCount: 0,
    consultationCount: 0,
    firstConsultationAt: null,
    lastConsultationAt: null,
    createdAt: joined,
    updatedAt: now,
    lastActiveAt: now,
    deletedAt: null,
  };
  if (account.kind === "admin") {
    const user = { ...base, role: "ADMIN" as const, status: "ACTIVE" as const, gender: null, birthDate: null, onboardedAt: null, bannedAt: null, banReason: null };
    return { index: -1, seedKey: account.kakaoId, user, profile: null, preference: null };
  }
  const spec = DEMO_SPECS[account.kakaoId] ?? fallbackSpec(account);
  const gender = account.gender ?? "M";
  const birthYear = year - spec.age;
  const banned = account.kind === "banned";
  const onboardedAt = new Date(joined.getTime() + 3_600_000);
  const user = {
    ...base,
    status: banned ? ("BANNED" as const) : ("ACTIVE" as const),
    gender,
    birthDate: new Date(Date.UTC(birthYear, (key * 7) % 12, 1 + ((key * 13) % 28))),
    onboardedAt,
    bannedAt: banned ? new Date(t - 3 * DAY) : null,
    banReason: banned ? "허위 프로필 및 금전 요구 신고 누적" : null,
    lastActiveAt: banned ? new Date(t - 3 * DAY) : now,
  };
  const stamps = { createdAt: onboardedAt, updatedAt: onboardedAt };
  // every demo account has answered the marriage profile (realistic draws, stable per account)
  const marriage = generateMarriage(marriageRng(key, 0), gender, spec.age, spec.height, 0);
  const visibility = { age: true, height: true, region: true, job: true, intro: true, photos: true, incomeBand: marriage.showIncome };
  const profile = { userId: id, nickname: account.profileNickname ?? account.nickname, gender, birthYear, height: spec.height, region: spec.region, job: spec.job, intro: spec.intro, keywords: spec.keywords, visibility, marriage: marriage.facts, ...stamps };
  // "되도록" only: the demo pairs the E2E journeys rely on stay recommendable to each other
  const preference = { userId: id, targetGender: gender === "M" ? ("F" as const) : ("M" as const), ...spec.pref, marriage: { ...marriage.prefs, mustFields: [] }, ...stamps };
  return { index: -1, seedKey: account.kakaoId, user, profile, preference };
}

// ---------------------------------------------------------------- bulk insert

/** [column, Postgres type, value]; values travel as text (PGlite cannot serialize enum arrays), "text[]" '|'-joined */
type Col<T> = [name: string, type: string, get: (row: T) => unknown];

const ts = (d: Date | null) => (d ? d.toISOString().slice(0, 23) : null); // UTC wall time, as Prisma stores it
const list = (xs: readonly string[]) => xs.join("|"); // keywords and regions never contain '|'
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * One INSERT … SELECT FROM unnest($1::text[], …) ON CONFLICT DO NOTHING per chunk: a constant
 * number of parameters whatever the row count, ~15× faster than createMany here (Prisma's per-row
 * client work dominates at 100k rows). `requireUser` skips rows whose "userId" has no User row.
 * Returns the number of rows inserted.
 */
async function bulkInsert<T>(db: Db, table: string, cols: Col<T>[], rows: T[], requireUser = false): Promise<number> {
  const names = cols.map(([n]) => `"${n}"`).join(", ");
  const args = cols.map((_, i) => `$${i + 1}::text[]`).join(", ");
  // "text[]" and enum lists ('"Religion"[]') travel '|'-joined
  const select = cols.map(([n, type]) => (type === "text[]" ? `string_to_array(t."${n}", '|')` : type.endsWith("[]") ? `string_to_array(t."${n}", '|')::${type}` : `t."${n}"::${type}`));
  const where = requireUser ? ` WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = t."userId"::uuid)` : "";
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select.join(", ")} FROM unnest(${args}) AS t(${names})${where} ON CONFLICT DO NOTHING`;
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    inserted += await db.$executeRawUnsafe(sql, ...cols.map(([, , get]) => part.map((row) => text(get(row)))));
  }
  return inserted;
}

/** Which of `keys` (uuids) already exist in table.column: re-runs then skip building (and encrypting) those rows. */
async function existing(db: Db, table: string, column: string, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 10_000) {
    const sql = `SELECT "${column}"::text AS k FROM "${table}" WHERE "${column}" = ANY($1::text[]::uuid[])`;
    for (const { k } of await db.$queryRawUnsafe<{ k: string }[]>(sql, keys.slice(i, i + 10_000))) found.add(k);
  }
  return found;
}

type U = SeedRow["user"] & ReturnType<typeof fakePiiColumns>;
const USER_COLS: Col<U>[] = [
  ["id", "uuid", (u) => u.id],
  ["kakaoId", "text", (u) => u.kakaoId],
  ["name", "text", (u) => u.name],
  ["role", '"Role"', (u) => u.role ?? "MEMBER"],
  ["status", '"UserStatus"', (u) => u.status],
  ["gender", '"Gender"', (u) => u.gender],
  ["birthDate", "date", (u) => u.birthDate?.toISOString().slice(0, 10) ?? null],
  ["membershipTier", '"MembershipTier"', (u) => u.membershipTier],
  ["membershipExpiresAt", "timestamp(3)", (u) => ts(u.membershipExpiresAt)],
  ["matchingCount", "int4", (u) => u.matchingCount],
  ["consultationCount", "int4", (u) => u.consultationCount],
  ["firstConsultationAt", "timestamp(3)", (u) => ts(u.firstConsultationAt)],
  ["lastConsultationAt", "timestamp(3)", (u) => ts(u.lastConsultationAt)],
  ["onboardedAt", "timestamp(3)", (u) => ts(u.onboardedAt)],
  // the seeded members count as 본인인증 완료 from the day they joined (docs/identity.md)
  ["identityVerifiedAt", "timestamp(3)", (u) => ts(u.onboardedAt)],
  ["lastActiveAt", "timestamp(3)", (u) => ts(u.lastActiveAt)],
  ["bannedAt", "timestamp(3)", (u) => ts(u.bannedAt)],
  ["banReason", "text", (u) => u.banReason],
  ["realNameEnc", "text", (u) => u.realNameEnc ?? null],
  ["realNameHash", "text", (u) => u.realNameHash ?? null],
  ["phoneEnc", "text", (u) => u.phoneEnc ?? null],
  ["phoneHash", "text", (u) => u.phoneHash ?? null],
  ["deletedAt", "timestamp(3)", (u) => ts(u.deletedAt)],
  ["createdAt", "timestamp(3)", (u) => ts(u.createdAt)],
  ["updatedAt", "timestamp(3)", (u) => ts(u.updatedAt)],
];
type P = SyntheticProfile;
const PROFILE_COLS: Col<P>[] = [
  ["userId", "uuid", (p) => p.userId],
  ["nickname", "text", (p) => p.nickname],
  ["gender", '"Gender"', (p) => p.gender],
  ["birthYear", "int4", (p) => p.birthYear],
  ["height", "int4", (p) => p.height],
  ["region", "text", (p) => p.region],
  ["job", "text", (p) => p.job],
  ["intro", "text", (p) => p.intro],
  ["keywords", "text[]", (p) => list(p.keywords)],
  ["visibility", "jsonb", (p) => JSON.stringify(p.visibility)],
  ["education", '"Education"', (p) => p.marriage.education],
  ["jobCategory", '"JobCategory"', (p) => p.marriage.jobCategory],
  ["incomeBand", '"IncomeBand"', (p) => p.marriage.incomeBand],
  ["religion", '"Religion"', (p) => p.marriage.religion],
  ["smoking", '"Smoking"', (p) => p.marriage.smoking],
  ["drinking", '"Drinking"', (p) => p.marriage.drinking],
  ["maritalHistory", '"MaritalHistory"', (p) => p.marriage.maritalHistory],
  ["children", '"Children"', (p) => p.marriage.children],
  ["marriageTiming", '"MarriageTiming"', (p) => p.marriage.marriageTiming],
  ["createdAt", "timestamp(3)", (p) => ts(p.createdAt)],
  ["updatedAt", "timestamp(3)", (p) => ts(p.updatedAt)],
];
type R = SyntheticPreference;
const PREFERENCE_COLS: Col<R>[] = [
  ["userId", "uuid", (r) => r.userId],
  ["targetGender", '"Gender"', (r) => r.targetGender],
  ["ageMin", "int4", (r) => r.ageMin],
  ["ageMax", "int4", (r) => r.ageMax],
  ["regions", "text[]", (r) => list(r.regions)],
  ["keywords", "text[]", (r) => list(r.keywords)],
  ["religions", '"Religion"[]', (r) => list(r.marriage.religions)],
  ["smoking", '"Smoking"[]', (r) => list(r.marriage.smoking)],
  ["drinking", '"Drinking"[]', (r) => list(r.marriage.drinking)],
  ["maritalHistory", '"MaritalHistory"[]', (r) => list(r.marriage.maritalHistory)],
  ["children", '"Children"[]', (r) => list(r.marriage.children)],
  ["minEducation", '"Education"', (r) => r.marriage.minEducation],
  ["heightMin", "int4", (r) => r.marriage.heightMin],
  ["heightMax", "int4", (r) => r.marriage.heightMax],
  ["marriageTiming", '"MarriageTiming"[]', (r) => list(r.marriage.marriageTiming)],
  ["mustFields", '"PreferenceField"[]', (r) => list(r.marriage.mustFields)],
  ["createdAt", "timestamp(3)", (r) => ts(r.createdAt)],
  ["updatedAt", "timestamp(3)", (r) => ts(r.updatedAt)],
];
type C = { id: string; userId: string; agreedAt: Date };
const CONSENT_COLS: Col<C>[] = [
  ["id", "uuid", (c) => c.id],
  ["userId", "uuid", (c) => c.userId],
  ["termsVersion", "text", () => TERMS_VERSION],
  ["privacyVersion", "text", () => PRIVACY_VERSION],
  ["refundVersion", "text", () => REFUND_VERSION],
  ["adultConfirmed", "bool", () => true],
  ["agreedAt", "timestamp(3)", (c) => ts(c.agreedAt)],
];

// ---------------------------------------------------------------- seed

/**
 * Seeds the demo population. `created` counts inserted users; `skipped` is true when nothing at
 * all was written (the database already held everything).
 */
export async function seedDatabase(db: Db, opts: { count?: number; now?: Date } = {}): Promise<{ created: number; skipped: boolean }> {
  const now = opts.now ?? new Date();
  const count = opts.count ?? DEFAULT_SEED_COUNT;
  const year = seoulYear(now);
  const demo = DEMO_ACCOUNTS.map((a) => demoRow(a, now, year));
  if (!demo.some((r) => r.user.kakaoId === DEMO_ADMIN_KAKAO_ID)) throw new Error("DEMO_ACCOUNTS must contain the demo admin");
  const rows: SeedRow[] = [...demo, ...generateMembers({ count, seed: SEED, now })];

  // PII as onboarding would have stored it (encrypted), for onboarded members only
  const haveUser = await existing(db, "User", "id", rows.map((r) => r.user.id));
  const newUsers = rows.filter((r) => !haveUser.has(r.user.id)).map((r) => ({ ...r.user, ...fakePiiColumns(r.user, r.seedKey) }));
  const created = await bulkInsert(db, "User", USER_COLS, newUsers);
  let written = 0;

  // A demo Kakao account that signed in before the seed ran has its own row (random id, ONBOARDING):
  // its profile goes to that row, and it is completed the way onboarding would have.
  const owner = new Map<string, string>(); // seeded id → id of the row holding that Kakao id
  const existingDemo = await db.user.findMany({
    where: { kakaoId: { in: demo.map((r) => r.user.kakaoId!) } },
    select: { id: true, kakaoId: true, status: true },
  });
  for (const u of existingDemo) {
    const row = demo.find((r) => r.user.kakaoId === u.kakaoId)!;
    owner.set(row.user.id, u.id);
    if (u.status === "ONBOARDING" && row.profile) {
      const { status, gender, birthDate, onboardedAt, bannedAt, banReason } = row.user;
      const data = { status, gender, birthDate, onboardedAt, identityVerifiedAt: onboardedAt, bannedAt, banReason, ...fakePiiColumns(row.user, row.seedKey) };
      written += (await db.user.updateMany({ where: { id: u.id, status: "ONBOARDING" }, data })).count;
    }
  }

  // Rows whose user is missing (a generated Kakao id already taken by a real member) are skipped.
  const members = rows.filter((r) => r.profile && r.preference);
  const target = (r: SeedRow) => owner.get(r.user.id) ?? r.user.id;
  const userIds = members.map(target);
  const haveProfile = await existing(db, "Profile", "userId", userIds);
  const profiles = members.filter((r) => !haveProfile.has(target(r))).map((r) => ({ ...r.profile!, userId: target(r) }));
  written += await bulkInsert(db, "Profile", PROFILE_COLS, profiles, true);
  const havePreference = await existing(db, "Preference", "userId", userIds);
  const preferences = members.filter((r) => !havePreference.has(target(r))).map((r) => ({ ...r.preference!, userId: target(r) }));
  written += await bulkInsert(db, "Preference", PREFERENCE_COLS, preferences, true);
  // the agreements onboarding records, keyed by a second deterministic id so re-runs add none
  const consents = members.map((r) => ({ id: seedUserId(Number(r.seedKey) + 2 ** 31), userId: target(r), agreedAt: r.user.onboardedAt ?? now }));
  const haveConsent = await existing(db, "Consent", "id", consents.map((c) => c.id));
  written += await bulkInsert(db, "Consent", CONSENT_COLS, consents.filter((c) => !haveConsent.has(c.id)), true);
  // one approved photo each: only members with an approved photo are recommended (docs/photos.md)
  written += await insertSeedPhotoRows(db, members.map((r) => seedPhoto(Number(r.seedKey), target(r), r.profile!.gender)), now);
  // the demo operator is also the demo couple manager (members see this name on /consultations)
  const adminRow = demo.find((r) => r.user.kakaoId === DEMO_ADMIN_KAKAO_ID)!;
  written += (
    await db.managerProfile.createMany({
      data: [{ userId: target(adminRow), displayName: "한지수", intro: "회원님의 이야기를 듣고 더 잘 맞는 분을 찾도록 도와드려요. 편하게 상담을 예약해 주세요." }],
      skipDuplicates: true,
    })
  ).count;
  return { created, skipped: created + written === 0 };
}
