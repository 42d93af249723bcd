// The money lifecycle as members and the operator see it (docs/payments.md): on a match page, once she
// chose a card payment, both pay buttons give way to "결제가 진행 중이에요" for him; Toss charges her
// card and answers 500, then the operator closes the match: the reconciliation job asks Toss and
// refunds it, and /me/payments says 환불 완료 (never 결제 대기); /admin/money shows the day's charges and
// refunds. (An abandoned order ending 만료됨 is proven in tests/integration/payments-faults.int.test.ts.)
// Set E2E_SCREENSHOTS=<dir> to save the screenshots (phone 390×844 for members, desktop for admin).
import { expect, test, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { signedUpMember } from "./members";
import { DESKTOP, screenshots, TOSS } from "./steps";

const CRON = { Authorization: "Bearer dev-only-insecure-secret-change-me-000000" };

const shot = screenshots("money");
const fault = (page: Page, f: object) => page.request.post(`${TOSS}/__control/faults`, { data: f });
const runJob = (page: Page, job: string) => page.request.get(`/api/cron/${job}`, { headers: CRON });

test("a charge the app was told failed ends refunded through Toss; the operator sees it on /admin/money", async ({ browser }) => {
  const her = await signedUpMember(browser, "F", "박결제");
  const him = await signedUpMember(browser, "M", "최대기");
  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await signInWithKakao(admin, { account: "운영자" }, "/admin");
  // today's refunds so far (other tests may have refunded today): this one adds 50,000 won
  const refundedToday = async () => (await (await admin.request.get("/api/admin/money")).json()).refunds as { amount: number; count: number };
  const before = await refundedToday();
  const created = await admin.request.post("/api/admin/matches", { data: { userId: her.id, partnerId: him.id } });
  expect(created.status()).toBe(201);
  const matchId = (await created.json()).id as string;

  // she starts a card payment and closes nothing yet: he sees the payment in progress, both buttons off
  await her.page.goto(`/matches/${matchId}`);
  await her.page.getByRole("button", { name: "카드로 결제하기" }).click();
  await expect(her.page).toHaveURL(/\/checkout\/[A-Za-z0-9_=-]{6,64}$/);
  await him.page.goto(`/matches/${matchId}`);
  await expect(him.page.getByTestId("payment-in-progress")).toContainText("결제가 진행 중이에요");
  await expect(him.page.getByRole("button", { name: "계좌이체로 결제하기" })).toBeDisabled();
  await shot(him.page, "m1-match-payment-in-progress");

  // Toss charges her card and answers 500: the app says it could not confirm, the order stays open
  await fault(her.page, { op: "confirm", status: 500, apply: true });
  await her.page.getByRole("button", { name: "50,000원 카드로 결제하기" }).click();
  await expect(her.page).toHaveURL(/127\.0\.0\.1:\d+\/checkout\?/);
  await her.page.getByRole("button", { name: "결제하기" }).click();
  await expect(her.page).toHaveURL(/\/checkout\/success/);
  const orderId = new URL(her.page.url()).searchParams.get("orderId");
  // the success page's confirm reached Toss (the fault is spent) and the app answered it could not confirm
  await expect(her.page.getByRole("heading", { level: 1, name: "결제를 완료하지 못했어요" })).toBeVisible();
  await her.page.goto(`/matches/${matchId}`);
  await shot(her.page, "m2-match-own-payment-open");

  // the operator closes the match; the job asks Toss and refunds the charge
  expect((await admin.request.delete(`/api/admin/matches/${matchId}`)).status()).toBe(200);
  expect((await runJob(admin, "reconcile-toss-payments")).status()).toBe(200);
  const state = await (await admin.request.get(`${TOSS}/__control/state`)).json();
  const fee = state.payments.find((p: { orderId: string }) => p.orderId === orderId);
  expect(fee).toMatchObject({ status: "CANCELED", balanceAmount: 0 });

  await her.page.goto("/me/payments");
  await expect(her.page.getByText("환불 완료").first()).toBeVisible();
  await expect(her.page.getByText("결제 대기")).toHaveCount(0);
  await shot(her.page, "m3-me-payments");

  await admin.goto("/admin/money");
  await expect(admin.getByRole("heading", { level: 1, name: "돈 현황" })).toBeVisible();
  const after = await refundedToday();
  expect(after).toEqual({ amount: before.amount + 50_000, count: before.count + 1 });
  await expect(admin.getByTestId("money-refunds")).toContainText(`${after.amount.toLocaleString("ko-KR")}원`);
  await shot(admin, "m4-admin-money");
});
