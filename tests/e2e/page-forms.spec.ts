// Page forms through their operations, on a phone: a field error keeps what the member typed and
// names the field in Korean (PUT /api/profile's own message), and withdrawal asks for its checkbox
// before anything is sent, then erases the member and signs them out (DELETE /api/me). A brand-new
// member per test. Set E2E_SCREENSHOTS=<dir> to save the screens.
import { expect, test } from "@playwright/test";
import { randomPhone, signUp } from "./fixtures";
import { PHONE, screenshots } from "./steps";

const shot = screenshots("forms");

test("a profile field error keeps the form as typed and shows the operation's Korean message", async ({ browser }) => {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signUp(page, { realName: "이가을", phone: randomPhone(), birthDate: "1991-09-03", gender: "F" });
  await page.getByLabel("닉네임").fill("가");
  await page.getByLabel("지역", { exact: true }).selectOption("부산");
  await page.getByLabel("직업", { exact: true }).fill("교사");
  await page.getByRole("button", { name: /저장/ }).click();
  await expect(page.getByText("닉네임은 2자 이상으로 입력해 주세요.").first()).toBeVisible();
  await expect(page.getByLabel("직업", { exact: true })).toHaveValue("교사");
  await expect(page.getByLabel("지역", { exact: true })).toHaveValue("부산");
  await shot(page, "profile-field-error");
  const me = await (await page.request.get("/api/me")).json();
  expect(me.profile ?? null).toBeNull();
  await page.context().close();
});

test("withdrawal: nothing is sent before the checkbox; then the member is erased and signed out", async ({ browser }) => {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signUp(page, { realName: "박겨울", phone: randomPhone(), birthDate: "1990-01-20", gender: "M" });
  await page.goto("/me/withdraw");
  await page.getByRole("button", { name: "탈퇴하기" }).click();
  // (Next's route announcer is an alert too)
  await expect(page.getByRole("alert").filter({ hasText: "탈퇴하면" })).toHaveText("탈퇴하면 되돌릴 수 없다는 안내를 확인하고 체크해 주세요.");
  await shot(page, "withdraw-unconfirmed");
  expect((await page.request.get("/api/me")).status()).toBe(200);

  await page.getByRole("checkbox", { name: /되돌릴 수 없다는 것을 확인했어요/ }).check();
  await page.getByRole("button", { name: "탈퇴하기" }).click();
  // signed out onto the 탈퇴 완료 page
  await expect(page).toHaveURL(/\/withdrawn$/);
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await shot(page, "withdrawn");
  await page.context().close();
});
