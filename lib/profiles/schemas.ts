// zod request/response schemas of the profile (PUT /api/profile) and preferences (PUT /api/preferences).
// Photos are not part of PUT /api/profile: they have their own routes (see photo-schemas.ts).
import { z } from "zod";
import { freeText, strictObject } from "@/lib/core/parse";
import { KEYWORDS, REGIONS } from "./constants";
import { ZVisibility } from "./public-profile";

export const MAX_KEYWORDS = 5;
export const AGE_MIN = 19;
export const AGE_MAX = 80;
export const HEIGHT_MIN = 140;
export const HEIGHT_MAX = 210;

const ZGender = z.enum(["M", "F"], { error: "성별은 M(남성) 또는 F(여성)이어야 합니다." });

/** "" and null both mean "not given" for optional text fields (HTML forms send ""). */
const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label}은(는) 문자열이어야 합니다.` })
    .trim()
    .max(max, `${label}은(는) ${max}자 이하로 입력해 주세요.`)
    .refine(...freeText.multiLine)
    .nullish()
    .transform((v) => (v ? v : null));

const keywordList = (label: string) =>
  z
    .array(z.enum(KEYWORDS, { error: `${label}는 목록에 있는 항목만 선택할 수 있습니다.` }), { error: `${label}는 배열이어야 합니다.` })
    .max(MAX_KEYWORDS, `${label}는 최대 ${MAX_KEYWORDS}개까지 선택할 수 있습니다.`)
    .default([])
    .transform((v) => [...new Set(v)]);

export const ZVisibilityInput = strictObject({
  age: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
  height: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
  region: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
  job: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
  intro: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
  photos: z.boolean({ error: "공개 설정은 true 또는 false여야 합니다." }),
}).partial();

export const ZProfileRequest = strictObject({
  nickname: z
    .string({ error: "닉네임을 입력해 주세요." })
    .trim()
    .min(2, "닉네임은 2자 이상이어야 합니다.")
    .max(12, "닉네임은 12자 이하로 입력해 주세요.")
    .regex(/^[가-힣a-zA-Z0-9_]+$/, "닉네임은 한글, 영문, 숫자, 밑줄(_)만 사용할 수 있습니다."),
  /** informative only: must equal the gender given at onboarding */
  gender: ZGender.optional(),
  /** informative only: must equal the year of the onboarding birth date */
  birthYear: z.number({ error: "출생연도는 숫자여야 합니다." }).int("출생연도는 정수여야 합니다.").optional(),
  height: z
    .number({ error: "키는 숫자(cm)로 입력해 주세요." })
    .int("키는 정수(cm)로 입력해 주세요.")
    .min(HEIGHT_MIN, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .max(HEIGHT_MAX, `키는 ${HEIGHT_MIN}~${HEIGHT_MAX}cm 사이로 입력해 주세요.`)
    .nullish()
    .transform((v) => v ?? null),
  region: z.enum(REGIONS, { error: "지역을 목록에서 선택해 주세요." }),
  job: optionalText(30, "직업"),
  intro: optionalText(500, "자기소개"),
  keywords: keywordList("키워드"),
  visibility: ZVisibilityInput.optional(),
});
export type ProfileInput = z.infer<typeof ZProfileRequest>;

export const ZPreferencesRequest = strictObject({
  targetGender: ZGender,
  ageMin: z
    .number({ error: "최소 나이는 숫자여야 합니다." })
    .int("최소 나이는 정수여야 합니다.")
    .min(AGE_MIN, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`)
    .max(AGE_MAX, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`),
  ageMax: z
    .number({ error: "최대 나이는 숫자여야 합니다." })
    .int("최대 나이는 정수여야 합니다.")
    .min(AGE_MIN, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`)
    .max(AGE_MAX, `나이는 ${AGE_MIN}~${AGE_MAX}세 사이로 선택해 주세요.`),
  /** empty = 전국 (anywhere) */
  regions: z
    .array(z.enum(REGIONS, { error: "지역은 목록에 있는 항목만 선택할 수 있습니다." }), { error: "지역은 배열이어야 합니다." })
    .max(REGIONS.length)
    .default([])
    .transform((v) => [...new Set(v)]),
  keywords: keywordList("선호 키워드"),
}).refine((p) => p.ageMin <= p.ageMax, { path: ["ageMax"], message: "최대 나이는 최소 나이보다 크거나 같아야 합니다." });
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
  photos: z.array(z.object({ key: z.string(), url: z.string() })),
  updatedAt: z.string(),
});
export type OwnProfileDto = z.infer<typeof ZOwnProfileDto>;

export const ZPreferencesDto = z.object({
  targetGender: ZGender,
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  regions: z.array(z.string()),
  keywords: z.array(z.string()),
  updatedAt: z.string(),
});
export type PreferencesDto = z.infer<typeof ZPreferencesDto>;
