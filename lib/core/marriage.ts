// The marriage profile's fixed option lists (docs/recommendations.md), shared by profiles, recommendations, the admin
// console and the seed: the Prisma enums in declared order, their Korean words from ./labels (declared
// once there), the field names, and the facts / preferences types. lib/profiles/constants re-exports it.
import { z } from "zod";
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

/** The member's marriage facts (null = not answered): the profile columns of MARRIAGE_FIELDS, as DTOs carry them. */
export const ZMarriageFacts = z.object({
  education: z.enum(EDUCATIONS).nullable(),
  jobCategory: z.enum(JOB_CATEGORIES).nullable(),
  incomeBand: z.enum(INCOME_BANDS).nullable(),
  religion: z.enum(RELIGIONS).nullable(),
  smoking: z.enum(SMOKINGS).nullable(),
  drinking: z.enum(DRINKINGS).nullable(),
  maritalHistory: z.enum(MARITAL_HISTORIES).nullable(),
  children: z.enum(CHILDRENS).nullable(),
  marriageTiming: z.enum(MARRIAGE_TIMINGS).nullable(),
});
export type MarriageFacts = z.infer<typeof ZMarriageFacts>;

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
