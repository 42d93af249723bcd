// Accessibility (WCAG 2 A/AA rules of axe-core) on the public, member and admin pages, on a phone-sized
// viewport: no serious or critical violation. The member is one the test makes (tests/e2e/members.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { newMember, operatorPage } from "./members";

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSeriousViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(serious, `${path}`).toEqual([]);
}

test("public pages", async ({ page }) => {
  for (const path of ["/", "/login", "/membership", "/terms", "/privacy", "/refund-policy", "/faq", "/no-such-page"]) await expectNoSeriousViolations(page, path);
});

test("member pages", async ({ browser }) => {
  test.setTimeout(120_000);
  const operator = await operatorPage(browser);
  const { page } = await newMember(browser, { gender: "F", operator });
  await operator.context().close();
  for (const path of ["/me", "/recommendations", "/matches", "/notifications", "/profile", "/preferences", "/me/payments", "/me/blocks", "/me/notifications", "/consultations", "/help"]) {
    await expectNoSeriousViolations(page, path);
  }
});

test("admin pages", async ({ page }) => {
  await signInWithKakao(page, { account: "운영자" }, "/admin");
  await expect(page).toHaveURL(/\/admin/);
  for (const path of ["/admin", "/admin/users", "/admin/matches", "/admin/payments", "/admin/reports", "/admin/recommendations", "/admin/audit", "/admin/consultations", "/admin/inquiries", "/admin/my-members", "/admin/marketing"]) {
    await expectNoSeriousViolations(page, path);
  }
});
