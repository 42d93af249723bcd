// Pure, deterministic generator of realistic synthetic Korean members (seed data and benchmarks).
// Member i depends only on (seed, startIndex + i, now): generating 200 then 300 yields the same
// first 200, so a larger re-seed only adds members. No Math.random, no I/O.
import type { Gender, MembershipTier, UserStatus } from "@/lib/generated/prisma/enums";
import { KEYWORDS, REGION_NEIGHBORS, REGIONS, type Keyword, type Region } from "@/lib/profiles/constants";
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS, type MarriageFacts, type MarriagePrefs } from "@/lib/core/marriage";
import { generateMarriage, marriageRng } from "./marriage-generator";

/** Generated members use Kakao ids SEED_KAKAO_BASE + index (demo accounts live at 900000000+). */
export const SEED_KAKAO_BASE = 910_000_000;

export type SyntheticUser = {
  id: string;
  /** null for WITHDRAWN members: a withdrawn member's Kakao id is released */
  kakaoId: string | null;
  name: string | null;
  gender: Gender;
  birthDate: Date | null;
  status: UserStatus;
  membershipTier: MembershipTier;
  membershipExpiresAt: Date | null;
  matchingCount: number;
  consultationCount: number;
  firstConsultationAt: Date | null;
  lastConsultationAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  onboardedAt: Date | null;
  lastActiveAt: Date;
  bannedAt: Date | null;
  banReason: string | null;
  deletedAt: Date | null;
};

export type ProfileVisibility = { age: boolean; height: boolean; region: boolean; job: boolean; intro: boolean; photos: boolean; incomeBand?: boolean };

export type SyntheticProfile = {
  userId: string;
  nickname: string;
  gender: Gender;
  birthYear: number;
  height: number;
  region: Region;
  job: string;
  intro: string;
  keywords: Keyword[];
  visibility: ProfileVisibility;
  /** the marriage profile (marriage-generator.ts; all null = not answered yet) */
  marriage: MarriageFacts;
  createdAt: Date;
  updatedAt: Date;
};

export type SyntheticPreference = {
  userId: string;
  targetGender: Gender;
  ageMin: number;
  ageMax: number;
  regions: Region[];
  keywords: Keyword[];
  marriage: MarriagePrefs;
  createdAt: Date;
  updatedAt: Date;
};

export type SyntheticMember = {
  index: number;
  /** stable identity of the generated member (its original Kakao id, kept even once withdrawn) */
  seedKey: string;
  user: SyntheticUser;
  /** null for members who never finished onboarding (ONBOARDING) or withdrew (WITHDRAWN) */
  profile: SyntheticProfile | null;
  preference: SyntheticPreference | null;
};

export type GenerateOptions = { count: number; seed: number; startIndex?: number; now?: Date };

// ---------------------------------------------------------------- randomness

/** murmur3 finalizer: a bijection on 32-bit integers (distinct inputs → distinct outputs). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for synthetic data. One instance is re-seeded per member. */
export class Prng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  reseed(seed: number): this {
    this.a = seed >>> 0;
    return this;
  }
  /** uniform in [0, 1) */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  normal(mean: number, sd: number): number {
    const u = 1 - this.next(); // (0, 1]: log(0) is never taken
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  draw<T>(t: Table<T>): T {
    const x = this.next() * t.total;
    let i = 0;
    while (t.cum[i] <= x && i < t.cum.length - 1) i++;
    return t.items[i];
  }
  /** moment between from and to (epoch ms) */
  between(from: number, to: number): Date {
    return new Date(from + Math.round(this.next() * Math.max(0, to - from)));
  }
}

type Table<T> = { items: T[]; cum: number[]; total: number };
function table<T>(entries: [T, number][]): Table<T> {
  let total = 0;
  const cum = entries.map(([, w]) => (total += w));
  return { items: entries.map(([v]) => v), cum, total };
}

const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const UUID_CODES = new Array<number>(36).fill(45); // '-' stays at 8, 13, 18, 23
function putHex(n: number, pos: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--, n >>>= 4) UUID_CODES[pos + i] = HEX_CODES[n & 15];
}

/** Deterministic, RFC 4122-shaped (v4 layout) UUID for a seed key; unique per key below 2^32. */
export function seedUserId(key: number): string {
  const a = fmix32(key ^ 0x1f3a5c7e);
  const b = fmix32(key ^ 0x2b4d6f81);
  const c = fmix32(key ^ 0x3c5e7092);
  const d = fmix32(key ^ 0x4d6f81a3);
  putHex(a, 0, 8);
  putHex(b >>> 16, 9, 4);
  putHex(0x4000 | (b & 0xfff), 14, 4);
  putHex(0x8000 | ((c >>> 16) & 0x3fff), 19, 4);
  putHex(c & 0xffff, 24, 4);
  putHex(d, 28, 8);
  // one flat string (a template literal would keep a tree of ~10 pieces alive per id)
  return String.fromCharCode.apply(null, UUID_CODES);
}

/** The current year in Seoul (the service's time zone; a UTC server is 9 hours behind at New Year). */
export function seoulYear(now: Date): number {
  return new Date(now.getTime() + 9 * 3_600_000).getUTCFullYear();
}

/** Age by birth year, the convention profiles (birthYear only) and preferences' ageMin/ageMax use. */
export function ageOf(birthYear: number, now: Date): number {
  return seoulYear(now) - birthYear;
}

// ---------------------------------------------------------------- distributions

const by = <T extends string>(g: Gender, weights: Record<T, [number, number]>): Table<T> =>
  table(Object.entries(weights).map(([k, w]) => [k as T, (w as [number, number])[g === "M" ? 0 : 1]]));

// Members of marriage-matching services: men mostly 30–40, women a little younger.
const AGE_WEIGHTS: Record<Gender, number[]> = {
  M: [1, 2, 3, 5, 7, 9, 10, 11, 12, 12, 12, 11, 10, 9, 7, 6, 5, 4, 3, 2],
  F: [2, 3, 5, 7, 9, 11, 12, 12, 12, 11, 10, 8, 7, 5, 4, 3, 2, 2, 1, 1],
};
const AGES = Object.fromEntries(
  (["M", "F"] as const).map((g) => [g, table(AGE_WEIGHTS[g].map((w, i): [number, number] => [25 + i, w]))]),
) as Record<Gender, Table<number>>;

// Resident population in 만 명 (2024 주민등록), the capital area dominating as it does in reality.
const REGION_TABLE = table<Region>([
  ["서울", 935], ["부산", 327], ["대구", 236], ["인천", 300], ["광주", 141], ["대전", 144],
  ["울산", 110], ["세종", 39], ["경기", 1369], ["강원", 152], ["충북", 159], ["충남", 213],
  ["전북", 174], ["전남", 179], ["경북", 254], ["경남", 323], ["제주", 67],
]);

const SURNAMES = table<string>([
  ["김", 215], ["이", 147], ["박", 84], ["최", 47], ["정", 43], ["강", 24], ["조", 21], ["윤", 21],
  ["장", 20], ["임", 17], ["한", 15], ["오", 15], ["서", 15], ["신", 14], ["권", 14], ["황", 14],
  ["안", 13], ["송", 13], ["전", 11], ["홍", 11], ["유", 10], ["고", 9], ["문", 9], ["양", 9],
  ["손", 9], ["배", 8], ["백", 8], ["허", 7], ["노", 6], ["남", 5],
]);
const GIVEN_NAMES: Record<Gender, string[]> = {
  M: ["민수", "지훈", "현우", "준호", "성민", "동현", "준영", "재현", "승현", "상현", "진우", "민호", "정훈", "성현", "태영",
    "지성", "우진", "민석", "건우", "현준", "도현", "승민", "재민", "준혁", "태현", "성훈", "동욱", "상우", "영민", "경민"],
  F: ["지은", "수진", "민지", "지현", "은지", "유진", "혜진", "지영", "서영", "수빈", "예진", "민정", "소영", "지혜", "현정",
    "은영", "하나", "다은", "지원", "수연", "보람", "아름", "슬기", "윤정", "미진", "혜원", "나연", "예은", "소희", "정민"],
};

const JOB_WEIGHTS: Record<string, [number, number]> = {
  회사원: [30, 28], 공무원: [8, 9], 교사: [3, 8], 간호사: [0.5, 7], 개발자: [10, 3], 디자이너: [2, 6], 의사: [2, 1.5],
  약사: [1, 2], 연구원: [5, 3], 자영업: [6, 3], 금융업: [5, 4], 엔지니어: [7, 1], 회계사: [1.5, 1.5], 변호사: [1, 1],
  마케터: [2, 4], 승무원: [0.3, 2], 경찰관: [2, 0.7], 소방관: [1.5, 0.2], 프리랜서: [2, 3], 은행원: [2, 3],
  사회복지사: [0.5, 2], 물리치료사: [1, 1.5], 군인: [1.5, 0.3], 대학원생: [1, 1],
};
/** jobs that do not read as "<job>으로 일하고 있어요" */
const JOB_CLAUSE: Record<string, string> = {
  자영업: "작은 가게를 운영하고 있어요",
  금융업: "금융권에서 일하고 있어요",
  대학원생: "대학원에서 공부하고 있어요",
  프리랜서: "프리랜서로 자유롭게 일하고 있어요",
};

const KEYWORD_WEIGHTS: Record<Keyword, [number, number]> = {
  여행: [10, 12], 운동: [9, 6], 독서: [5, 7], 요리: [4, 6], 영화: [8, 9], 음악: [7, 8], 반려동물: [4, 7], 캠핑: [6, 3],
  카페투어: [3, 10], 맛집탐방: [8, 9], 봉사활동: [2, 3], 등산: [6, 3], 골프: [6, 2], 사진: [4, 5], 게임: [6, 2], 와인: [3, 5],
  신앙생활: [2, 3], 전시회: [2, 6], 공연관람: [2, 5], 드라이브: [6, 4], 러닝: [5, 3], 요가: [1, 5], 필라테스: [0.5, 7],
  헬스: [8, 3], 수영: [3, 3], 테니스: [3, 3], 자전거: [4, 2], 낚시: [3, 0.5], 악기연주: [2, 3], 베이킹: [0.5, 4],
  재테크: [5, 3], 자기계발: [5, 5],
};

const HOBBY_SENTENCE: Record<Keyword, string> = {
  여행: "시간 날 때마다 여행 계획 세우는 게 낙이에요.", 운동: "퇴근 후에는 꾸준히 운동하고 있어요.",
  독서: "주말엔 카페에서 책 읽는 시간을 좋아해요.", 요리: "집에서 요리해 먹는 걸 좋아해요.",
  영화: "좋은 영화 한 편 보는 게 최고의 휴식이에요.", 음악: "출퇴근길에 음악 듣는 게 소소한 행복이에요.",
  반려동물: "강아지를 정말 좋아해서 동물 이야기라면 끝이 없어요.", 캠핑: "날씨 좋은 주말엔 캠핑을 자주 다녀요.",
  카페투어: "분위기 좋은 카페 찾아다니는 걸 좋아해요.", 맛집탐방: "맛있는 음식 먹으러 다니는 걸 좋아해요.",
  봉사활동: "한 달에 한 번 봉사활동을 하고 있어요.", 등산: "주말 아침에 가까운 산에 오르는 걸 좋아해요.",
  골프: "요즘 골프에 푹 빠져 있어요.", 사진: "여행 가면 사진 찍는 걸 좋아해요.",
  게임: "가끔 친구들과 게임하며 스트레스를 풀어요.", 와인: "맛있는 음식에 와인 한 잔 곁들이는 걸 좋아해요.",
  신앙생활: "신앙생활을 소중히 여기고 있어요.", 전시회: "전시회 보러 다니는 걸 좋아해요.",
  공연관람: "뮤지컬이나 콘서트 보러 가는 걸 좋아해요.", 드라이브: "바람 쐬러 드라이브 가는 걸 좋아해요.",
  러닝: "아침마다 가볍게 달리기를 하고 있어요.", 요가: "요가로 하루를 마무리하는 편이에요.",
  필라테스: "꾸준히 필라테스를 하고 있어요.", 헬스: "퇴근 후 헬스장에 가는 게 일상이에요.",
  수영: "아침 수영으로 하루를 시작해요.", 테니스: "요즘 테니스 배우는 재미에 빠졌어요.",
  자전거: "주말엔 자전거 타고 멀리 나가 보곤 해요.", 낚시: "가끔 바다낚시를 가서 머리를 식혀요.",
  악기연주: "취미로 기타를 배우고 있어요.", 베이킹: "주말엔 빵이나 쿠키를 직접 구워요.",
  재테크: "경제 공부와 재테크에 관심이 많아요.", 자기계발: "배우는 걸 좋아해서 퇴근 후에도 이것저것 공부해요.",
};

// Nicknames as members choose them: an interest or a mood and a small thing ("캠핑가는다람쥐",
// "포근한라떼"), never a person's name: real names stay private (the promise of the terms).
const NICK_ACTIVITY: Record<Keyword, string> = {
  여행: "여행하는", 운동: "운동하는", 독서: "책읽는", 요리: "요리하는", 영화: "영화보는", 음악: "노래하는", 반려동물: "산책하는",
  캠핑: "캠핑가는", 카페투어: "카페가는", 맛집탐방: "맛집찾는", 봉사활동: "마음따뜻한", 등산: "산오르는", 골프: "골프치는",
  사진: "사진찍는", 게임: "게임하는", 와인: "와인한잔", 신앙생활: "기도하는", 전시회: "그림보는", 공연관람: "공연보는",
  드라이브: "드라이브", 러닝: "달리는", 요가: "요가하는", 필라테스: "스트레칭", 헬스: "근육많은", 수영: "수영하는",
  테니스: "테니스", 자전거: "자전거탄", 낚시: "낚시하는", 악기연주: "기타치는", 베이킹: "빵굽는", 재테크: "알뜰한", 자기계발: "공부하는",
};
const NICK_MOODS = ["다정한", "느긋한", "포근한", "성실한", "웃는", "따뜻한", "반짝이는", "수줍은", "씩씩한", "차분한", "새벽", "주말의", "봄날의", "달빛"];
const NICK_THINGS = ["고래", "다람쥐", "펭귄", "여우", "토끼", "곰돌이", "햇살", "구름", "바람", "별빛", "하늘", "나무", "라떼", "모카",
  "호두", "감자", "단풍", "사과", "귤", "콩", "도토리", "바다", "노을", "소나무", "참새", "코알라", "수달", "부엉이", "강아지", "고양이"];

/** a nickname from one's own interests (usually) or a mood, and a thing; 4–8 Hangul syllables */
function nicknameFor(r: Prng, keywords: Keyword[]): string {
  const first = r.next() < 0.6 ? NICK_ACTIVITY[r.pick(keywords)] : r.pick(NICK_MOODS);
  return first + r.pick(NICK_THINGS);
}

const CLOSINGS = [
  "편하게 대화 나눌 수 있는 분을 만나고 싶어요.",
  "서로 배려하며 오래 함께할 인연을 찾고 있어요.",
  "함께 웃을 수 있는 따뜻한 분이면 좋겠어요.",
  "진지하게 좋은 만남 이어가고 싶습니다.",
  "소소한 일상을 함께 나눌 분을 기다려요.",
  "대화가 잘 통하는 분과 천천히 알아가고 싶어요.",
  "결혼까지 진지하게 생각하는 만남을 원해요.",
];

const BAN_REASONS = ["허위 프로필 (사진 도용)", "상대방에게 금전 요구", "기혼 사실 확인", "부적절한 메시지 반복 신고", "약속 불이행(노쇼) 반복"];

const STATUS_TABLE = table<UserStatus>([["ACTIVE", 76], ["MATCHING", 10], ["ONBOARDING", 7], ["BANNED", 3], ["WITHDRAWN", 4]]);
const TIER_TABLE = table<MembershipTier>([["FREE", 70], ["BASIC", 20], ["PREMIUM", 10]]);
const KEYWORD_COUNT = table<number>([[2, 25], [3, 35], [4, 25], [5, 15]]);
const PREF_KEYWORD_COUNT = table<number>([[1, 35], [2, 40], [3, 25]]);
const WITH_NEIGHBORS = Object.fromEntries(REGIONS.map((r) => [r, [r, ...REGION_NEIGHBORS[r]]])) as Record<Region, Region[]>;
const TABLES = {
  M: { job: by("M", JOB_WEIGHTS), keyword: by<Keyword>("M", KEYWORD_WEIGHTS) },
  F: { job: by("F", JOB_WEIGHTS), keyword: by<Keyword>("F", KEYWORD_WEIGHTS) },
};

// ---------------------------------------------------------------- Korean text

/** how people say where they live: "경기도에 살아요", not "경기에 살아요" */
const SPOKEN_REGION: Partial<Record<Region, string>> = { 경기: "경기도", 강원: "강원도", 제주: "제주도" };

function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
}
/** 으로/로: 로 after a vowel or ㄹ */
function ro(word: string): string {
  const c = word.charCodeAt(word.length - 1);
  return hasBatchim(word) && (c - 0xac00) % 28 !== 8 ? "으로" : "로";
}

function ageGroup(age: number): string {
  const d = age % 10;
  return `${age - d}대 ${d <= 3 ? "초반" : d <= 6 ? "중반" : "후반"}`;
}

/** a natural one- or two-sentence self-introduction */
function intro(r: Prng, region: Region, job: string, age: number, keywords: Keyword[]): string {
  const place = SPOKEN_REGION[region] ?? region;
  const clause = JOB_CLAUSE[job] ?? `${job}${ro(job)} 일하고 있어요`;
  const opener =
    JOB_CLAUSE[job] || r.next() < 0.6
      ? `${r.next() < 0.5 ? "안녕하세요, " : ""}${place}에서 ${clause}.`
      : `${place}에 사는 ${ageGroup(age)} ${job}입니다.`;
  const hobby = HOBBY_SENTENCE[keywords[0]];
  const closing = r.pick(CLOSINGS);
  const x = r.next();
  if (x < 0.3) return `${opener} ${hobby}`;
  if (x < 0.6) return `${hobby} ${closing}`;
  if (x < 0.75) return `${opener} ${closing}`;
  if (x < 0.9 && keywords.length > 1) return `${hobby} ${HOBBY_SENTENCE[keywords[1]]}`;
  return r.next() < 0.5 ? hobby : closing;
}

// ---------------------------------------------------------------- members

const DAY = 86_400_000;

/** n distinct keywords, each drawn from `t`, or (with probability `fromOwn`) from `own` */
function keywordsFrom(r: Prng, n: number, t: Table<Keyword>, own: Keyword[] | null, fromOwn: number): Keyword[] {
  const out: Keyword[] = [];
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const k = own && r.next() < fromOwn ? r.pick(own) : r.draw(t);
    if (!out.includes(k)) out.push(k);
  }
  return out.slice(); // an exact-size copy: push() leaves spare capacity on every retained array
}

function member(r: Prng, index: number, seed: number, now: Date, year: number): SyntheticMember {
  r.reseed(fmix32(seed ^ Math.imul(index + 1, 0x9e3779b9)));
  const key = SEED_KAKAO_BASE + index;
  const seedKey = String(key);
  const id = seedUserId(key);
  const t = now.getTime();
  const gender: Gender = r.next() < 0.5 ? "M" : "F";
  const other: Gender = gender === "M" ? "F" : "M";
  const status = r.draw(STATUS_TABLE);

  const age = r.draw(AGES[gender]);
  const birthYear = year - age;
  const birthDate = new Date(Date.UTC(birthYear, r.int(0, 11), r.int(1, 28)));
  const name = r.draw(SURNAMES) + r.pick(GIVEN_NAMES[gender]);

  // ~12% joined in the last two weeks (most unfinished onboardings are recent); the rest over a
  // year, skewed to recent months as a growing service would be.
  const isNew = status === "ONBOARDING" ? r.next() < 0.7 : status !== "MATCHING" && r.next() < 0.12;
  const daysAgo = isNew ? r.next() * 14 : 14 + 351 * Math.pow(r.next(), 1.3);
  const createdAt = new Date(t - Math.round(daysAgo * DAY));
  const onboarded = status !== "ONBOARDING";
  const onboardedAt = onboarded ? new Date(Math.min(t, createdAt.getTime() + Math.round(r.next() * 2 * DAY))) : null;
  const since = (onboardedAt ?? createdAt).getTime();

  let lastActiveAt: Date;
  let bannedAt: Date | null = null;
  let deletedAt: Date | null = null;
  if (status === "ONBOARDING") lastActiveAt = new Date(Math.min(t, createdAt.getTime() + Math.round(r.next() * 3_600_000)));
  else if (status === "BANNED" || status === "WITHDRAWN") {
    const end = r.between(since + Math.round(0.2 * (t - since)), t);
    if (status === "BANNED") bannedAt = end;
    else deletedAt = end;
    lastActiveAt = new Date(Math.max(since, end.getTime() - Math.round(r.next() * 2 * DAY)));
  } else {
    // most members were around this week; a tail has gone quiet
    const y = r.next();
    const back = y < 0.65 ? r.next() * 3 : y < 0.85 ? 3 + r.next() * 11 : 14 + r.next() * 76;
    lastActiveAt = new Date(Math.max(since, t - Math.round(back * DAY)));
  }

  const live = status === "ACTIVE" || status === "MATCHING";
  const membershipTier = live ? r.draw(TIER_TABLE) : "FREE";
  const membershipExpiresAt = membershipTier === "FREE" ? null : new Date(t + r.int(5, 180) * DAY);
  const matchingCount = status === "MATCHING" ? 1 + (r.next() < 0.3 ? 1 : 0) : live && r.next() < 0.15 ? 1 : 0;
  const consultationCount = onboarded && r.next() < 0.35 ? r.int(1, 3) : 0;
  const firstConsultationAt = consultationCount ? r.between(since, t) : null;
  const lastConsultationAt = firstConsultationAt && consultationCount > 1 ? r.between(firstConsultationAt.getTime(), t) : firstConsultationAt;
  const withdrawn = status === "WITHDRAWN";

  const user: SyntheticUser = {
    id,
    kakaoId: withdrawn ? null : seedKey,
    name: withdrawn ? null : name,
    gender,
    birthDate: onboarded && !withdrawn ? birthDate : null,
    status,
    membershipTier,
    membershipExpiresAt,
    matchingCount,
    consultationCount,
    firstConsultationAt,
    lastConsultationAt,
    createdAt,
    updatedAt: lastActiveAt,
    onboardedAt,
    lastActiveAt,
    bannedAt,
    banReason: bannedAt ? r.pick(BAN_REASONS) : null,
    deletedAt,
  };
  if (!onboardedAt || withdrawn) return { index, seedKey, user, profile: null, preference: null };

  const tables = TABLES[gender];
  const region = r.draw(REGION_TABLE);
  const job = r.draw(tables.job);
  const male = gender === "M";
  const height = Math.round(Math.min(male ? 195 : 182, Math.max(male ? 158 : 147, male ? r.normal(174, 5.5) : r.normal(161.5, 5))));
  const keywords = keywordsFrom(r, r.draw(KEYWORD_COUNT), tables.keyword, null, 0);
  const profile: SyntheticProfile = {
    userId: id,
    nickname: "", // drawn last (below): the other draws stay what they were before nicknames existed
    gender,
    birthYear,
    height,
    region,
    job,
    intro: intro(r, region, job, age, keywords),
    keywords,
    // tall men tend to show their height; most show their job
    visibility: { age: true, height: r.next() < (male && height >= 178 ? 0.65 : 0.35), region: true, job: r.next() < 0.9, intro: true, photos: true },
    marriage: NO_MARRIAGE_FACTS,
    createdAt: onboardedAt,
    updatedAt: onboardedAt,
  };

  // Men tend to look for the same age or younger, women for the same age or older.
  const ageMin = Math.max(20, male ? age - r.int(3, 8) : age - r.int(0, 3));
  const ageMax = Math.max(ageMin, Math.min(60, male ? age + (r.next() < 0.15 ? r.int(3, 5) : r.int(0, 2)) : age + r.int(3, 8)));
  // a quarter will meet anyone anywhere; the rest their own region, often with its neighbours
  const y = r.next();
  const regions: Region[] = y < 0.25 ? [] : y < 0.55 ? [region] : WITH_NEIGHBORS[region].slice();
  // half the wished-for keywords echo one's own interests, the rest follow the other gender's
  const prefKeywords = keywordsFrom(r, r.draw(PREF_KEYWORD_COUNT), TABLES[other].keyword, keywords, 0.5);
  const preference: SyntheticPreference = {
    userId: id,
    targetGender: other,
    ageMin,
    ageMax,
    regions,
    keywords: prefKeywords,
    marriage: NO_MARRIAGE_PREFS,
    createdAt: onboardedAt,
    updatedAt: onboardedAt,
  };
  profile.nickname = nicknameFor(r, keywords);
  // the marriage profile from a stream of its own: the draws above stay what they were
  const m = generateMarriage(marriageRng(seed, index), gender, age, height);
  profile.marriage = m.facts;
  profile.visibility.incomeBand = m.showIncome;
  preference.marriage = m.prefs;
  return { index, seedKey, user, profile, preference };
}

/** `count` members with indices startIndex … startIndex+count-1; deterministic in (seed, index, now). */
export function generateMembers({ count, seed, startIndex = 0, now = new Date() }: GenerateOptions): SyntheticMember[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError("count must be a non-negative integer");
  if (!Number.isInteger(startIndex) || startIndex < 0) throw new RangeError("startIndex must be a non-negative integer");
  const at = new Date(now.getTime());
  const r = new Prng(0);
  const out = new Array<SyntheticMember>(count);
  const year = seoulYear(at);
  for (let i = 0; i < count; i++) out[i] = member(r, startIndex + i, seed | 0, at, year);
  return out;
}

export { KEYWORDS, REGIONS };
