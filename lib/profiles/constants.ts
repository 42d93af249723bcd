// Fixed vocabularies shared by profile validation, the preferences UI, the recommendation score
// and the demo seed: the 17 Korean 시/도 and the self-description keywords.
import { Children, Drinking, Education, IncomeBand, JobCategory, MaritalHistory, MarriageTiming, PreferenceField, Religion, Smoking } from "@/lib/generated/prisma/enums";
import {
  CHILDREN_LABEL,
  DRINKING_LABEL,
  EDUCATION_LABEL,
  INCOME_BAND_LABEL,
  JOB_CATEGORY_LABEL,
  MARITAL_HISTORY_LABEL,
  MARRIAGE_TIMING_LABEL,
  RELIGION_LABEL,
  SMOKING_LABEL,
} from "@/lib/core/labels";

/** The 17 metropolitan-level regions (시/도) in the standard administrative order. */
export const REGIONS = [
  "서울",
  "부산",
  "대구",
  "인천",
  "광주",
  "대전",
  "울산",
  "세종",
  "경기",
  "강원",
  "충북",
  "충남",
  "전북",
  "전남",
  "경북",
  "경남",
  "제주",
] as const;

export type Region = (typeof REGIONS)[number];

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/**
 * Regions within easy meeting distance of each other (shared commuting areas or a border city),
 * used to widen a member's own region: a 서울 member readily meets someone from 경기/인천.
 */
export const REGION_NEIGHBORS: Record<Region, readonly Region[]> = {
  서울: ["경기", "인천"],
  부산: ["울산", "경남"],
  대구: ["경북"],
  인천: ["서울", "경기"],
  광주: ["전남"],
  대전: ["세종", "충남", "충북"],
  울산: ["부산", "경남"],
  세종: ["대전", "충남", "충북"],
  경기: ["서울", "인천"],
  강원: ["경기"],
  충북: ["대전", "세종"],
  충남: ["대전", "세종"],
  전북: ["광주", "충남"],
  전남: ["광주"],
  경북: ["대구"],
  경남: ["부산", "울산"],
  제주: [],
};

/** Self-description keywords (취미, 생활): a profile picks a few, a preference names the ones it values. */
export const KEYWORDS = [
  "여행",
  "운동",
  "독서",
  "요리",
  "영화",
  "음악",
  "반려동물",
  "캠핑",
  "카페투어",
  "맛집탐방",
  "봉사활동",
  "등산",
  "골프",
  "사진",
  "게임",
  "와인",
  "신앙생활",
  "전시회",
  "공연관람",
  "드라이브",
  "러닝",
  "요가",
  "필라테스",
  "헬스",
  "수영",
  "테니스",
  "자전거",
  "낚시",
  "악기연주",
  "베이킹",
  "재테크",
  "자기계발",
] as const;

export type Keyword = (typeof KEYWORDS)[number];

export function isKeyword(value: string): value is Keyword {
  return (KEYWORDS as readonly string[]).includes(value);
}

// ── The marriage profile (issue 21): the option lists are the Prisma enums in declared order, their
// words are lib/core/labels.ts (declared once there; this module only orders and exposes them).

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const EDUCATIONS = values(Education);
export const JOB_CATEGORIES = values(JobCategory);
export const INCOME_BANDS = values(IncomeBand);
export const RELIGIONS = values(Religion);
export const SMOKINGS = values(Smoking);
export const DRINKINGS = values(Drinking);
export const MARITAL_HISTORIES = values(MaritalHistory);
export const CHILDRENS = values(Children);
export const MARRIAGE_TIMINGS = values(MarriageTiming);
export const PREFERENCE_FIELDS = values(PreferenceField);

/** the profile's marriage fields: option list, label per option and the field's name (forms, admin, CSV) */
export const MARRIAGE_FIELDS = {
  education: { name: "학력", options: EDUCATIONS, labels: EDUCATION_LABEL as Record<string, string> },
  jobCategory: { name: "직업 분야", options: JOB_CATEGORIES, labels: JOB_CATEGORY_LABEL as Record<string, string> },
  incomeBand: { name: "연 소득", options: INCOME_BANDS, labels: INCOME_BAND_LABEL as Record<string, string> },
  religion: { name: "종교", options: RELIGIONS, labels: RELIGION_LABEL as Record<string, string> },
  smoking: { name: "흡연", options: SMOKINGS, labels: SMOKING_LABEL as Record<string, string> },
  drinking: { name: "음주", options: DRINKINGS, labels: DRINKING_LABEL as Record<string, string> },
  maritalHistory: { name: "결혼 경험", options: MARITAL_HISTORIES, labels: MARITAL_HISTORY_LABEL as Record<string, string> },
  children: { name: "자녀", options: CHILDRENS, labels: CHILDREN_LABEL as Record<string, string> },
  marriageTiming: { name: "희망 결혼 시기", options: MARRIAGE_TIMINGS, labels: MARRIAGE_TIMING_LABEL as Record<string, string> },
} as const;
export type MarriageFieldKey = keyof typeof MARRIAGE_FIELDS;
export const MARRIAGE_FIELD_KEYS = Object.keys(MARRIAGE_FIELDS) as MarriageFieldKey[];

/** The member's marriage facts (null = not answered): the profile columns of MARRIAGE_FIELDS. */
export type MarriageFacts = {
  education: Education | null;
  jobCategory: JobCategory | null;
  incomeBand: IncomeBand | null;
  religion: Religion | null;
  smoking: Smoking | null;
  drinking: Drinking | null;
  maritalHistory: MaritalHistory | null;
  children: Children | null;
  marriageTiming: MarriageTiming | null;
};

/** The marriage preferences: accepted values (empty = none), a minimum education, a height range, the "꼭" fields. */
export type MarriagePrefs = {
  religions: Religion[];
  smoking: Smoking[];
  drinking: Drinking[];
  maritalHistory: MaritalHistory[];
  children: Children[];
  minEducation: Education | null;
  heightMin: number | null;
  heightMax: number | null;
  marriageTiming: MarriageTiming[];
  mustFields: PreferenceField[];
};

export const NO_MARRIAGE_FACTS: MarriageFacts = {
  education: null, jobCategory: null, incomeBand: null, religion: null, smoking: null, drinking: null, maritalHistory: null, children: null, marriageTiming: null,
};
export const NO_MARRIAGE_PREFS: MarriagePrefs = {
  religions: [], smoking: [], drinking: [], maritalHistory: [], children: [], minEducation: null, heightMin: null, heightMax: null, marriageTiming: [], mustFields: [],
};
