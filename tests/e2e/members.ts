// Members an E2E test makes for itself, so specs pass in any order and any number of times
// (docs/contributing.md): no spec changes a seeded demo account. Sign-in (a fresh Kakao account on
// the local consent page) and onboarding are done in the browser as a person does them; the profile,
// preferences and an approved photo then go through the same operations the pages call
// (PUT /api/profile, PUT /api/preferences, the photo upload and the operator's review), which the
// onboarding spec walks in the browser.
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { randomPhone, signInWithKakao, signUp } from "./fixtures";

import { DESKTOP, PHONE } from "./steps";

export { DESKTOP, PHONE };

/**
 * A corner of the member pool: a region and a birth date. Members made in one pocket, with their
 * preferences narrowed to it (one region, their own age), pass each other's filters and hardly anyone
 * else's, so the first list of one of them holds the others (the seed has 200 members over 17
 * regions and 40 birth years).
 */
export type Pocket = { region: string; birthDate: string; age: number };

const POCKET_REGIONS = ["제주", "세종", "울산", "강원", "전남", "충북"];

export function pocket(): Pocket {
  const region = POCKET_REGIONS[Math.floor(Math.random() * POCKET_REGIONS.length)];
  const year = 1972 + Math.floor(Math.random() * 16);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const birthDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
  const age = Number(today.slice(0, 4)) - year - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
  return { region, birthDate, age };
}

export type Member = { page: Page; id: string; kakaoId: string; nickname: string; realName: string; phone: string };

/** The demo operator (the one seeded account specs use: it is read, never changed) on `path`. */
export async function operatorPage(browser: Browser, path = "/admin", options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signInWithKakao(page, { account: "운영자" }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
  return page;
}

const SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤"];
const GIVEN = ["하늘", "다온", "이든", "서우", "도하", "지안", "시온", "윤슬"];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];

/**
 * A new member, signed in on a phone-sized page (on /profile). By default with a profile in
 * `pocket`, preferences for the other gender in the same pocket, and a photo the operator approved
 * (`operator`: a signed-in operator page; without it the member has no approved photo and gets no list).
 */
export async function newMember(
  browser: Browser,
  o: { gender: "M" | "F"; pocket?: Pocket; operator?: Page; nickname?: string; realName?: string; shareContact?: boolean; profile?: boolean; preferences?: boolean; context?: BrowserContextOptions },
): Promise<Member> {
  const where = o.pocket ?? pocket();
  const page = await (await browser.newContext(o.context ?? PHONE)).newPage();
  const realName = o.realName ?? `${pick(SURNAMES)}${pick(GIVEN)}`;
  const phone = randomPhone();
  const { kakaoId } = await signUp(page, { realName, phone, birthDate: where.birthDate, gender: o.gender, shareContact: o.shareContact });
  const me = await (await page.request.get("/api/me")).json();
  const member: Member = { page, id: me.user.id, kakaoId, nickname: o.nickname ?? `${o.gender === "F" ? "새봄" : "새솔"}${Math.floor(Math.random() * 1_000_000)}`, realName, phone };

  if (o.profile !== false) {
    const profile = { nickname: member.nickname, region: where.region, height: o.gender === "F" ? 163 : 176, job: o.gender === "F" ? "디자이너" : "연구원", intro: "주말에는 산책하고 가끔 여행을 떠나요.", keywords: ["여행", "카페투어"] };
    expect((await page.request.put("/api/profile", { data: profile })).status(), "PUT /api/profile").toBe(200);
  }
  if (o.preferences !== false) {
    const preferences = { targetGender: o.gender === "F" ? "M" : "F", ageMin: Math.max(19, where.age - 1), ageMax: where.age + 1, regions: [where.region], keywords: ["여행"] };
    expect((await page.request.put("/api/preferences", { data: preferences })).status(), "PUT /api/preferences").toBe(200);
  }
  if (o.operator) await addPhotoApprovedBy(page, o.operator, member.id);
  return member;
}

/** A member who only signed up (no profile, no preferences): for specs where the operator matches two members by hand. */
export const signedUpMember = (browser: Browser, gender: "M" | "F", realName: string): Promise<Member> => newMember(browser, { gender, realName, profile: false, preferences: false });

/** Uploads a small real photo as the member (pre-signed PUT, then attach) and has the operator approve it. */
export async function addPhotoApprovedBy(page: Page, operator: Page, userId: string): Promise<void> {
  const sharp = (await import("sharp")).default;
  const bytes = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#e8b58f" } }).png().toBuffer();
  const upload = await page.request.post("/api/photos/upload-url", { data: { contentType: "image/png", size: bytes.length } });
  expect(upload.status(), "POST /api/photos/upload-url").toBe(200);
  const { key, uploadUrl, headers } = await upload.json();
  const put = await page.request.put(uploadUrl, { data: bytes, headers });
  expect(put.ok(), "PUT to storage").toBe(true);
  expect((await page.request.post("/api/photos", { data: { key } })).status(), "POST /api/photos").toBe(201);

  const queue = await (await operator.request.get(`/api/admin/photos?userId=${userId}`)).json();
  expect(queue.items, "the member's photo waits in the review queue").toHaveLength(1);
  const review = await operator.request.post(`/api/admin/photos/${queue.items[0].id}/review`, { data: { decision: "APPROVE" } });
  expect(review.status(), "the operator approves the photo").toBe(200);
}
