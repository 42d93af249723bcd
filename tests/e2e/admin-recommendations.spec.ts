// The admin sees the weekly build's runs and can trigger the build from the console.
import { expect, test } from "@playwright/test";
import { signInWithKakao } from "./fixtures";

test("the admin sees this week's run and re-runs it idempotently", async ({ page }) => {
  await signInWithKakao(page, { account: "운영자" }, "/admin/recommendations");
  await expect(page.getByRole("heading", { name: "주간 추천" })).toBeVisible();
  const week = await page.getByLabel("주차").inputValue();
  await expect(page.getByRole("row", { name: new RegExp(week) })).toContainText("완료");
  await page.getByRole("button", { name: "추천 생성 실행" }).click();
  await expect(page.getByRole("status")).toContainText("이미 생성되어 있습니다");
});
