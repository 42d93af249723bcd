// Foundation flows: Kakao sign-in lands on /me; members are refused /admin; the admin reaches it;
// a banned member cannot sign in; signed-out visitors are sent to /login. The seeded demo accounts
// (the consent page's buttons for `npm run dev`) are signed in to and read here, never changed.
import { expect, test } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { newMember } from "./members";

test("the landing page is Korean and links to login", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("인연");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
});

test("a signed-out visitor is redirected from member pages to /login", async ({ page }) => {
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme/);
});

test("a demo member signs in with Kakao and lands on /me", async ({ page }) => {
  await signInWithKakao(page, { account: "도윤" });
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("me-nickname")).toHaveText("캠핑가는도윤");
  await expect(page.getByText("매칭 전", { exact: true })).toBeVisible();
});

test("a member is refused /admin, in the page and in the admin API", async ({ browser }) => {
  const { page } = await newMember(browser, { gender: "F" });
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/me\?error=forbidden/);
  await expect(page.getByRole("alert").filter({ hasText: "관리자만" })).toBeVisible();
  const res = await page.request.get("/api/admin/verify");
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("FORBIDDEN");
});

test("the demo admin reaches the admin console", async ({ page }) => {
  await signInWithKakao(page, { account: "운영자" }, "/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "관리자 대시보드" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "관리자 메뉴" })).toBeVisible();
  const res = await page.request.get("/api/admin/verify");
  expect(res.status()).toBe(200);
});

test("a banned member cannot sign in", async ({ page }) => {
  await signInWithKakao(page, { account: "차단회원" });
  await expect(page).toHaveURL(/\/login\?error=AccountSuspended/);
  await expect(page.getByRole("alert").filter({ hasText: "이용이 정지" })).toBeVisible();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login/);
});
