// zod request/response schemas of the profile (PUT /api/profile) and preferences (PUT /api/preferences).
// Photos are not part of PUT /api/profile: they have their own routes (see photo-schemas.ts).
import { z } from "zod";
import { eulReul, eunNeun } from "@/lib/core/josa";
import { strictObject, zFreeText } from "@/lib/core/parse";
import { PREFERENCE_FIELD_LABEL } from "@/lib/core/labels";
import {
  CHILDRENS,
  DRINKINGS,
  EDUCATIONS,
  INCOME_BANDS,
  JOB_CATEGORIES,
  KEYWORDS,
  MARITAL_HISTORIES,
  MARRIAGE_FIELDS,
  MARRIAGE_TIMINGS,
  PREFERENCE_FIELDS,
  REGIONS,
  RELIGIONS,
  SMOKINGS,
  type MarriagePrefs,
} from "./constants";
import { ZVisibility } from "./public-profile";
import { ZMarriageFacts } from "@/lib/core/marriage";
import { ZPhotoDto } from "./photo-schemas";

export const MAX_KEYWORDS = 5;
export const AGE_MIN = 19;
export const AGE_MAX = 80;
export const HEIGHT_MIN = 140;
export const HEIGHT_MAX = 210;

const ZGender = z.enum(["M", "F"], { error: "성별을 선택해 주세요." });

/** "" and null both mean "not given" for optional text fields (HTML forms send ""). */
const optionalText = (max: number, label: string) =>
  zFreeText(max, { label })
    .nullish()
    .transform((v) => (v ? v : null));

const keywordList = (label: string) =>
  z
    .array(z.enum(KEYWORDS, { error: `${eunNeun(label)} 목록에 있는 것만 고를 수 있어요.` }), { error: `${eulReul(label)} 다시 골라 주세요.` })
    .max(MAX_KEYWORDS, `${eunNeun(label)} 최대 ${MAX_KEYWORDS}개까지 고를 수 있어요.`)
    .default([])
    .transform((v) => [...new Set(v)]);

const visible = z.boolean({ error: "공개 여부를 다시 선택해 주세요." });
export const ZVisibilityInput = strictObject({
  age: visible, height: visible, region: visible, job: visible, intro: visible, photos: visible,
  education: visible, jobCategory: visible, incomeBand: visible, religion: visible, smoking: visible, drinking: visible,
  maritalHistory: visible, children: visible, marriageTiming: visible,
}).partial();

/** One marriage-profile answer: a value of its fixed list; "" / null / omitted = not answered. */
const answer = <T extends string>(options: readonly [T, ...T[]], name: string) =>
  z
    .union([z.enum(options, { error: `${eulReul(name)} 목록에서 골라 주세요.` }), z.literal("")])
    .nullish()
    .transform((v) => (v ? (v as T) : null));

/** the marriage profile fields of PUT /api/profile (all optional: existing members answer later) */
export const ZMarriageFactsInput = {
  education: answer(EDUCATIONS, MARRIAGE_FIELDS.education.name),
  jobCategory: answer(JOB_CATEGORIES, MARRIAGE_FIELDS.jobCategory.name),
  incomeBand: answer(INCOME_BANDS, MARRIAGE_FIELDS.incomeBand.name),
  religion: answer(RELIGIONS, MARRIAGE_FIELDS.religion.name),
  smoking: answer(SMOKINGS, MARRIAGE_FIELDS.smoking.name),
  drinking: answer(DRINKINGS, MARRIAGE_FIELDS.drinking.name),
  maritalHistory: answer(MARITAL_HISTORIES, MARRIAGE_FIELDS.maritalHistory.name),
  children: answer(CHILDRENS, MARRIAGE_FIELDS.children.name),
  marriageTiming: answer(MARRIAGE_TIMINGS, MARRIAGE_FIELDS.marriageTiming.name),
};

const accepted = <T extends string>(options: readonly [T, ...T[]], name: string) =>
  z
    .array(z.enum(options, { error: `${eunNeun(name)} 목록에 있는 것만 고를 수 있어요.` }), { error: `${eulReul(name)} 다시 골라 주세요.` })
    .max(options.length)
    .default([])
    .transform((v) => [...new Set(v)]);
const heightBound = (label: string) =>
  z
    .number({ error: `${label} 키는 숫자(cm)로 입력해 주세요.` })
    .int(`${label} 키는 소수점 없이 cm 단위로 입력해 주세요.`)
    .min(HEIGHT_MIN, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .max(HEIGHT_MAX, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .nullish()
    .transform((v) => v ?? null);

/** the marriage preference fields of PUT /api/preferences (omitted = no preference, "되도록" unless in mustFields) */
export const ZMarriagePrefsInput = {
  religions: accepted(RELIGIONS, "종교"),
  smoking: accepted(SMOKINGS, "흡연"),
  drinking: accepted(DRINKINGS, "음주"),
  maritalHistory: accepted(MARITAL_HISTORIES, "결혼 경험"),
  children: accepted(CHILDRENS, "자녀"),
  minEducation: answer(EDUCATIONS, "최소 학력"),
  heightMin: heightBound("최소"),
  heightMax: heightBound("최대"),
  marriageTiming: accepted(MARRIAGE_TIMINGS, "결혼 시기"),
  /** the fields marked "꼭" (a both-way hard filter); each must have a preference set */
  mustFields: accepted(PREFERENCE_FIELDS, "꼭 지킬 조건"),
};

/** true when the member has stated a preference on `field` (a "꼭" on an unset field means nothing) */
export function hasPreferenceOn(p: Omit<MarriagePrefs, "mustFields">, field: MarriagePrefs["mustFields"][number]): boolean {
  switch (field) {
    case "RELIGION": return p.religions.length > 0;
    case "SMOKING": return p.smoking.length > 0;
    case "DRINKING": return p.drinking.length > 0;
    case "MARITAL_HISTORY": return p.maritalHistory.length > 0;
    case "CHILDREN": return p.children.length > 0;
    case "EDUCATION": return p.minEducation !== null;
    case "HEIGHT": return p.heightMin !== null || p.heightMax !== null;
    case "MARRIAGE_TIMING": return p.marriageTiming.length > 0;
  }
}

export const ZProfileRequest = strictObject({
  nickname: z
    .string({ error: "닉네임을 입력해 주세요." })
    .trim()
    .min(2, "닉네임은 2자 이상으로 입력해 주세요.")
    .max(12, "닉네임은 12자 이하로 입력해 주세요.")
    .regex(/^[가-힣a-zA-Z0-9_]+$/, "닉네임에는 한글, 영문, 숫자, 밑줄(_)만 쓸 수 있어요."),
  /** informative only: must equal the gender given at onboarding */
  gender: ZGender.optional(),
  /** informative only: must equal the year of the onboarding birth date */
  birthYear: z.number({ error: "출생연도는 숫자로 입력해 주세요." }).int("출생연도를 올바르게 입력해 주세요.").optional(),
  height: z
    .number({ error: "키는 숫자(cm)로 입력해 주세요." })
    .int("키는 소수점 없이 cm 단위로 입력해 주세요.")
    .min(HEIGHT_MIN, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .max(HEIGHT_MAX, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .nullish()
    .transform((v) => v ?? null),
  region: z.enum(REGIONS, { error: "지역을 목록에서 선택해 주세요." }),
  job: optionalText(30, "직업"),
  intro: optionalText(500, "자기소개"),
  keywords: keywordList("키워드"),
  visibility: ZVisibilityInput.optional(),
  ...ZMarriageFactsInput,
});
export type ProfileInput = z.infer<typeof ZProfileRequest>;

export const ZPreferencesRequest = strictObject({
  targetGender: ZGender,
  ageMin: z
    .number({ error: "최소 나이를 입력해 주세요." })
    .int("최소 나이는 소수점 없이 입력해 주세요.")
    .min(AGE_MIN, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`)
    .max(AGE_MAX, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`),
  ageMax: z
    .number({ error: "최대 나이를 입력해 주세요." })
    .int("최대 나이는 소수점 없이 입력해 주세요.")
    .min(AGE_MIN, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`)
    .max(AGE_MAX, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`),
  /** empty = 전국 (anywhere) */
  regions: z
    .array(z.enum(REGIONS, { error: "지역은 목록에 있는 것만 고를 수 있어요." }), { error: "지역을 다시 골라 주세요." })
    .max(REGIONS.length)
    .default([])
    .transform((v) => [...new Set(v)]),
  keywords: keywordList("선호 키워드"),
  ...ZMarriagePrefsInput,
})
  .refine((p) => p.ageMin <= p.ageMax, { path: ["ageMax"], message: "최대 나이는 최소 나이와 같거나 더 많게 입력해 주세요." })
  .refine((p) => p.heightMin === null || p.heightMax === null || p.heightMin <= p.heightMax, { path: ["heightMax"], message: "최대 키는 최소 키와 같거나 더 크게 입력해 주세요." })
  .superRefine((p, ctx) => {
    for (const f of p.mustFields) {
      if (!hasPreferenceOn(p, f)) ctx.addIssue({ code: "custom", path: ["mustFields"], message: `'꼭'으로 고른 ${PREFERENCE_FIELD_LABEL[f]} 조건을 먼저 골라 주세요.` });
    }
  });
export type PreferencesInput = z.infer<typeof ZPreferencesRequest>;

// ── Response DTOs (the member's OWN profile and preferences) ────────────────────────────────────

export const ZOwnProfileDto = z.object({
  nickname: z.string(),
  gender: ZGender,
  birthYear: z.number().int(),
  age: z.number().int(),
  height: z.number().int().nullable(),
  region: z.string().nullable(),
  job: z.string().nullable(),
  intro: z.string().nullable(),
  keywords: z.array(z.string()),
  visibility: ZVisibility,
  photos: z.array(ZPhotoDto),
  ...ZMarriageFacts.shape,
  updatedAt: z.string(),
});
export type OwnProfileDto = z.infer<typeof ZOwnProfileDto>;

export const ZPreferencesDto = z.object({
  targetGender: ZGender,
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  regions: z.array(z.string()),
  keywords: z.array(z.string()),
  religions: z.array(z.enum(RELIGIONS)),
  smoking: z.array(z.enum(SMOKINGS)),
  drinking: z.array(z.enum(DRINKINGS)),
  maritalHistory: z.array(z.enum(MARITAL_HISTORIES)),
  children: z.array(z.enum(CHILDRENS)),
  minEducation: z.enum(EDUCATIONS).nullable(),
  heightMin: z.number().int().nullable(),
  heightMax: z.number().int().nullable(),
  marriageTiming: z.array(z.enum(MARRIAGE_TIMINGS)),
  mustFields: z.array(z.enum(PREFERENCE_FIELDS)),
  updatedAt: z.string(),
});
export type PreferencesDto = z.infer<typeof ZPreferencesDto>;
