// Fixed vocabularies shared by profile validation, the preferences UI, the recommendation score
// and the demo seed: the 17 Korean 시/도 and the self-description keywords.

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

// ── The marriage profile (issue 21): declared once in the kernel (lib/core/marriage.ts), exposed here
// with the other profile vocabularies.
export * from "@/lib/core/marriage";
