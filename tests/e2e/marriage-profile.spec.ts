// The marriage profile on a phone (issue 21): a new member answers the marriage fields on /profile
// and sets "꼭" / "되도록" conditions on /preferences; both survive a reload (the page → operation →
// database → page round trip). A demo member's /recommendations card says why they were introduced.
// Set E2E_SCREENSHOTS=<dir> to save the screens.
import { expect, test } from "@playwright/test";
import { randomPhone, signInWithKakao, signUp } from "./fixtures";
import { PHONE, screenshots } from "./steps";

const shot = screenshots("marriage");

test("a new member answers the marriage fields and sets 꼭/되도록 conditions; both round-trip", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  await signUp(page, { realName: "한여름", phone: randomPhone(), birthDate: "1992-06-11", gender: "F" });
  await page.getByLabel("닉네임").fill("여름바다");
  await page.getByLabel("지역", { exact: true }).selectOption("서울");
  await page.getByLabel("학력", { exact: true }).selectOption("MASTER");
  await page.getByLabel("직업 분야", { exact: true }).selectOption("MEDICAL");
  await page.getByLabel("연 소득", { exact: true }).selectOption("FROM_50M");
  await page.getByLabel("종교", { exact: true }).selectOption("CATHOLIC");
  await page.getByLabel("흡연", { exact: true }).selectOption("NON_SMOKER");
  await page.getByLabel("결혼 경험", { exact: true }).selectOption("FIRST");
  await page.getByLabel("희망 결혼 시기", { exact: true }).selectOption("WITHIN_YEAR");
  await expect(page.getByRole("checkbox", { name: "연 소득 공개" })).not.toBeChecked();
  await page.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(page.getByText("프로필을 저장했어요.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("종교", { exact: true })).toHaveValue("CATHOLIC");
  await expect(page.getByLabel("연 소득", { exact: true })).toHaveValue("FROM_50M");
  await expect(page.getByLabel("음주", { exact: true })).toHaveValue("");
  await shot(page, "profile");

  await page.goto("/preferences");
  await page.getByRole("checkbox", { name: "천주교" }).check();
  await page.getByRole("checkbox", { name: "기독교" }).check();
  await page.getByRole("radiogroup", { name: "종교 조건의 중요도" }).getByText("꼭").click();
  await page.getByRole("checkbox", { name: "비흡연" }).check();
  await page.getByRole("radiogroup", { name: "흡연 조건의 중요도" }).getByText("꼭").click();
  await page.getByRole("checkbox", { name: "1년 안에" }).check();
  await page.getByRole("combobox", { name: "최소 학력" }).selectOption("BACHELOR");
  await page.getByRole("spinbutton", { name: "최소 키 (cm)" }).fill("172");
  await page.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(page.getByText("이상형 조건을 저장했어요.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "천주교" })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "종교 조건의 중요도" }).getByRole("radio", { name: "꼭" })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "결혼 시기 조건의 중요도" }).getByRole("radio", { name: "되도록" })).toBeChecked();
  await expect(page.getByRole("spinbutton", { name: "최소 키 (cm)" })).toHaveValue("172");
  await shot(page, "preferences");
  const me = await (await page.request.get("/api/me")).json();
  expect(me.preferences).toMatchObject({ religions: ["PROTESTANT", "CATHOLIC"], mustFields: ["RELIGION", "SMOKING"], marriageTiming: ["WITHIN_YEAR"], heightMin: 172 });
  await page.context().close();
});

test("a recommendation card says why the two were introduced", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext(PHONE)).newPage();
  await signInWithKakao(page, { account: "민준" }, "/recommendations");
  await expect(page).toHaveURL(/\/recommendations$/);
  const reason = page.getByText("소개한 이유").first();
  await expect(reason).toBeVisible();
  await reason.scrollIntoViewIfNeeded();
  await shot(page.locator("article").filter({ has: page.getByText("소개한 이유") }).first(), "card");
  await shot(page, "recommendations");
  await page.context().close();
});
