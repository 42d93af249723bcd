// zod schemas of the admin console's JSON operations (/api/admin/*): path params, list filters,
// request bodies and the DTOs the operations answer with.
import { z } from "zod";
import { zCursor } from "@/lib/core/cursor";
import { strictObject, zInstant } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";
import { ZMarriageFacts } from "@/lib/core/marriage";
import { CHILDRENS, DRINKINGS, EDUCATIONS, JOB_CATEGORIES, MARITAL_HISTORIES, MARRIAGE_TIMINGS, REGIONS, RELIGIONS, SMOKINGS } from "@/lib/profiles/constants";

export const ZUserStatus = z.enum(["ONBOARDING", "ACTIVE", "MATCHING", "MATCHED", "WITHDRAWN", "BANNED"]);
export const ZGender = z.enum(["M", "F"]);
export const ZTier = z.enum(["FREE", "BASIC", "PREMIUM"]);
export const ZMatchStatus = z.enum(["PENDING", "ACTIVE", "CLOSED"]);

/** a malformed id in the path names no record: 404 (parseParams) */
export const ZIdParams = z.object({ id: zId() });

const ZBoolParam = z.enum(["true", "false"]).transform((v) => v === "true");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <S extends z.ZodType>(s: S) => z.preprocess(blankToUndefined, s.optional());

// ── GET /api/admin/users (+ export.csv) ──────────────────────────────────────────────────────────

export const USER_SORTS = ["newest", "oldest"] as const;
export const ZUserSort = z.enum(USER_SORTS);

export const ZUserFilters = z
  .object({
    query: opt(z.string().trim().min(1).max(100)),
    /** a sealed search term from POST /api/admin/users/search (lib/admin/search-token.ts) */
    q: opt(z.string().max(600)),
    status: opt(ZUserStatus),
    gender: opt(ZGender),
    membership: opt(ZTier),
    paid: opt(ZBoolParam),
    matched: opt(ZBoolParam),
    ageMin: opt(z.coerce.number().int().min(19).max(100)),
    ageMax: opt(z.coerce.number().int().min(19).max(100)),
    region: opt(z.enum(REGIONS)),
    // the marriage profile (issue 21); never the income band, which only the member detail shows
    education: opt(z.enum(EDUCATIONS)),
    jobCategory: opt(z.enum(JOB_CATEGORIES)),
    religion: opt(z.enum(RELIGIONS)),
    smoking: opt(z.enum(SMOKINGS)),
    drinking: opt(z.enum(DRINKINGS)),
    maritalHistory: opt(z.enum(MARITAL_HISTORIES)),
    children: opt(z.enum(CHILDRENS)),
    marriageTiming: opt(z.enum(MARRIAGE_TIMINGS)),
    sort: z.preprocess(blankToUndefined, ZUserSort.default("newest")),
  })
  .refine((f) => f.ageMin === undefined || f.ageMax === undefined || f.ageMin <= f.ageMax, { message: "최소 나이가 최대 나이보다 클 수 없습니다.", path: ["ageMin"] });
export type UserFilters = z.infer<typeof ZUserFilters>;

export const ZUserListQuery = z.intersection(
  ZUserFilters,
  z.object({
    /** opaque keyset cursor from the previous page's nextCursor (fast at any depth) */
    cursor: opt(zCursor()),
    /** 1-based page number: OFFSET, slower deep in the list; cursor wins when both are given */
    page: opt(z.coerce.number().int().min(1).max(100_000)),
    limit: opt(z.coerce.number().int().min(1).max(100)),
  }),
);
export type UserListQuery = z.infer<typeof ZUserListQuery>;

export const ZUserListItem = z.object({
  id: z.string(),
  kakaoId: z.string().nullable(),
  nickname: z.string().nullable(),
  gender: ZGender.nullable(),
  age: z.number().int().nullable(),
  region: z.string().nullable(),
  /** the marriage profile without the income band (list and CSV) */
  ...ZMarriageFacts.omit({ incomeBand: true }).shape,
  status: ZUserStatus,
  role: z.enum(["MEMBER", "ADMIN"]),
  membershipTier: ZTier,
  membershipExpiresAt: z.string().nullable(),
  paid: z.boolean(),
  matchingCount: z.number().int(),
  consultationCount: z.number().int(),
  lastConsultationAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserListItem = z.infer<typeof ZUserListItem>;

export const ZUserList = z.object({
  items: z.array(ZUserListItem),
  /** members matching the filter (all pages); null on cursor pages — the first page counted them, and counting costs a scan */
  total: z.number().int().nullable(),
  /** true when there are more than `total` (= 10,000) members: counting stops there */
  totalCapped: z.boolean(),
  nextCursor: z.string().nullable(),
  page: z.number().int().nullable(),
});
export type UserList = z.infer<typeof ZUserList>;

// ── writes ───────────────────────────────────────────────────────────────────────────────────────

export const ZMembershipBody = strictObject({
  tier: ZTier,
  /** ISO date-time within 2000–2099; null = no expiry (FREE is always without) */
  expiresAt: zInstant("만료일은 2000년부터 2099년 사이의 ISO 날짜·시간으로 입력해 주세요.").nullable(),
});
export type MembershipBody = z.infer<typeof ZMembershipBody>;

export const ZBanBody = strictObject({ reason: z.string().trim().min(2, "정지 사유를 2자 이상 입력해 주세요.").max(500) });
export const ZConsultationBody = strictObject({ note: z.string().trim().max(1000).optional() });
export const ZManualMatchBody = strictObject({ userId: zId(), partnerId: zId() });
export const ZMemoBody = strictObject({
  text: z.string().max(20_000, "메모는 20,000자까지 저장할 수 있습니다."),
  /** the version the editor loaded (0 = no memo yet): a different current version is a 409 */
  version: z.number().int().min(0),
});
export const ZResolveBody = strictObject({
  resolution: z.enum(["DISMISS", "WARN", "BAN"]),
  note: z.string().trim().max(1000).optional(),
});

export const ZOk = z.object({ ok: z.literal(true) });

export const ZAdminMatch = z.object({
  id: z.string(),
  status: ZMatchStatus,
  source: z.enum(["MUTUAL_LIKE", "ADMIN"]),
  userA: z.object({ id: z.string(), nickname: z.string().nullable(), status: ZUserStatus }),
  userB: z.object({ id: z.string(), nickname: z.string().nullable(), status: ZUserStatus }),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedReason: z.string().nullable(),
});
export type AdminMatch = z.infer<typeof ZAdminMatch>;

/** the marriage fields an admin filters the member list by and the CSV carries (no income band) */
export const ADMIN_MARRIAGE_FIELDS = ["education", "jobCategory", "religion", "smoking", "drinking", "maritalHistory", "children", "marriageTiming"] as const;
