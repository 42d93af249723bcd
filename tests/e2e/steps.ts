// Steps and settings the E2E specs share: the two viewports, the local Toss server's control API,
// screenshots (only when E2E_SCREENSHOTS names a directory), and paying in the local Toss card window.
import { expect, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** the local Toss-contract server (dev/toss): its `/__control/*` API injects faults and deposits */
export const TOSS = `http://127.0.0.1:${process.env.TOSS_STUB_PORT ?? "4200"}`;

/**
 * A spec's screenshot function: PNGs named `{prefix}-{nn}-{name}.png` (numbered in the order taken)
 * in E2E_SCREENSHOTS, or nothing when it is unset — of the whole page, or of one element.
 */
export function screenshots(prefix: string): (target: Page | Locator, name: string) => Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  let n = 0;
  return async (target, name) => {
    if (!dir) return;
    const path = `${dir}/${prefix}-${String(++n).padStart(2, "0")}-${name}.png`;
    await ("goto" in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
  };
}

/** Pays in the local Toss card window, from the app's own order page (/checkout/{orderId}) to the success page's answer. */
export async function payByCard(page: Page, label: string) {
  await expect(page).toHaveURL(/\/checkout\/[A-Za-z0-9_=-]{6,64}$/);
  await page.getByRole("button", { name: `${label} 카드로 결제하기` }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/checkout\?/);
  await page.getByRole("button", { name: "결제하기" }).click();
  await expect(page).toHaveURL(/\/checkout\/success/);
  // the success page confirms through the confirm action after it renders: wait for its answer
  await expect(page.getByRole("heading", { level: 1, name: "결제가 완료되었어요" })).toBeVisible();
}
