// Weekly recommendations → likes → match: the demo members 민준 and 서연 (compatible in the seed)
// see each other after the weekly build (`npm run recs:run` in the e2e setup), like each other,
// and both see the pending match ("결제 대기"). Each member signs in in a fresh browser context.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";

async function signedIn(browser: Browser, account: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithKakao(page, { account }, path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return page;
}

/** The profile card (recommendation or 받은 좋아요) of a member, by nickname; fails clearly if absent. */
async function cardOf(page: Page, nickname: string): Promise<Locator> {
  const card = page.getByRole("article", { name: nickname, exact: true });
  const count = await card.count();
  expect(count, `${nickname}님이 이번 주 추천이나 받은 좋아요에 없습니다. 주간 추천 빌드(npm run recs:run)가 먼저 실행되어야 합니다.`).toBeGreaterThan(0);
  return card.first();
}

test("two demo members like each other and both see the pending match", async ({ browser }) => {
  // 민준 likes 서연 from this week's recommendations
  const minjun = await signedIn(browser, "민준", "/recommendations");
  await expect(minjun.getByRole("heading", { name: "이번 주 추천", level: 1 })).toBeVisible();
  const seoyeon = await cardOf(minjun, "사진찍는서연");
  await seoyeon.getByRole("button", { name: "사진찍는서연님에게 좋아요" }).click();
  await expect(seoyeon.getByText("좋아요를 보냈어요")).toBeVisible();
  await minjun.context().close();

  // 서연 sees 민준 (as a recommendation or under 받은 좋아요) and likes back → a match
  const her = await signedIn(browser, "서연", "/recommendations");
  const minjunCard = await cardOf(her, "영화보는민준");
  await minjunCard.getByRole("button", { name: "영화보는민준님에게 좋아요" }).click();
  await expect(minjunCard.getByText("매칭이 성사되었어요!")).toBeVisible();
  await minjunCard.getByRole("link", { name: "매칭 보기" }).click();
  await expect(her).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  await expect(her.getByRole("heading", { name: "영화보는민준님과의 매칭" })).toBeVisible();
  await expect(her.getByText("결제 대기")).toBeVisible();
  await expect(her.getByText(/\d{4}\. \d{1,2}\. \d{1,2}\.까지 매칭 이용료를 결제해 주세요/)).toBeVisible();

  await her.goto("/matches");
  const herMatch = her.getByRole("link", { name: /민준/ });
  await expect(herMatch).toBeVisible();
  await expect(herMatch).toContainText("결제 대기");
  await her.context().close();

  // 민준 signs in again and sees the same match
  const again = await signedIn(browser, "민준", "/matches");
  const hisMatch = again.getByRole("link", { name: /서연/ });
  await expect(hisMatch).toBeVisible();
  await expect(hisMatch).toContainText("결제 대기");
  await hisMatch.click();
  await expect(again.getByRole("heading", { name: "사진찍는서연님과의 매칭" })).toBeVisible();
  await again.context().close();
});
