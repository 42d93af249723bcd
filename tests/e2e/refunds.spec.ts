// Refunds as members and the operator see them (phones for members, a desktop for the operator):
// (1) two new members are matched by the operator; she pays the match fee by card; before anything
//     else her /me/withdraw shows what the refund policy would give back; he withdraws and lands on
//     탈퇴 완료; her match page says he left and that the fee was refunded (Toss balance 0);
// (2) she buys a membership, asks for its refund on /me/payments (the policy's amount, what happens
//     next), the operator approves it on /admin/refunds, and /me/payments says it is refunded.
// Set E2E_SCREENSHOTS=<dir> to save the screenshots.
import { expect, test, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { signedUpMember } from "./members";
import { DESKTOP, payByCard, screenshots, TOSS } from "./steps";

const shot = screenshots("refunds");

test.describe.configure({ mode: "serial" });

let her: { page: Page; id: string };

test("the partner withdraws after she paid: 탈퇴 완료 for him, a full refund and a clear match page for her", async ({ browser }) => {
  her = await signedUpMember(browser, "F", "김환불");
  const him = await signedUpMember(browser, "M", "이탈퇴");
  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await signInWithKakao(admin, { account: "운영자" }, "/admin");
  const created = await admin.request.post("/api/admin/matches", { data: { userId: her.id, partnerId: him.id } });
  expect(created.status()).toBe(201);
  const matchId = (await created.json()).id as string;

  await her.page.goto(`/matches/${matchId}`);
  await her.page.getByRole("button", { name: "카드로 결제하기" }).click();
  await payByCard(her.page, "50,000원");

  await her.page.goto("/me/withdraw");
  await expect(her.page.getByRole("heading", { name: "환불 받을 수 있는 금액 50,000원" })).toBeVisible();
  await expect(her.page.getByText("환불 요청 · 지금 요청하면 50,000원")).toBeVisible();
  await shot(her.page, "r1-withdraw-refundable");

  await him.page.goto("/me/withdraw");
  await him.page.getByRole("checkbox", { name: /되돌릴 수 없다는 것을 확인했어요/ }).check();
  await him.page.getByRole("button", { name: "탈퇴하기" }).click();
  await expect(him.page).toHaveURL(/\/withdrawn$/);
  await expect(him.page.getByRole("heading", { name: "탈퇴가 완료되었어요" })).toBeVisible();
  await shot(him.page, "r2-withdrawn");

  await her.page.goto(`/matches/${matchId}`);
  await expect(her.page.getByText("상대 회원이 탈퇴해 매칭이 종료되었어요.")).toBeVisible();
  await expect(her.page.getByTestId("match-refund")).toContainText("50,000원 환불 완료");
  await shot(her.page, "r3-match-after-partner-withdrew");
  const state = await (await her.page.request.get(`${TOSS}/__control/state`)).json();
  const charged = state.payments.filter((p: { orderName: string; totalAmount: number }) => p.orderName === "매칭 이용료" && p.totalAmount === 50_000);
  expect(charged.at(-1)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
});

test("she asks for a membership refund and the operator approves it", async ({ browser }) => {
  const page = her.page;
  await page.goto("/membership");
  await page.getByRole("button", { name: "베이직 멤버십 (3개월) 카드로 결제하기" }).click();
  await payByCard(page, "99,000원");
  await page.goto("/membership");
  await expect(page.getByTestId("extends-membership-basic-90d")).toContainText("지금 기간에 이어서 90일이 더해져");
  await shot(page, "r4a-membership-extends");

  await page.goto("/me/payments");
  const row = page.locator("li").filter({ hasText: "베이직 멤버십 (3개월)" });
  await row.getByText(/환불 요청 · 지금 요청하면 99,000원/).click();
  await expect(row.getByText("결제 후 7일 이내, 혜택 미이용 (청약철회): 전액")).toBeVisible();
  await row.getByLabel("환불 사유").fill("일정이 바빠져서 이용이 어려워요");
  await shot(page, "r4-me-payments-request");
  await row.getByRole("button", { name: "99,000원 환불 요청하기" }).click();
  await expect(row.getByRole("status").filter({ hasText: "환불 요청을 보냈어요" })).toBeVisible();

  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await signInWithKakao(admin, { account: "운영자" }, "/admin/refunds?status=REQUESTED");
  await expect(admin).toHaveURL(/\/admin\/refunds/);
  const card = admin.locator("[data-testid^=admin-refund-]").filter({ hasText: "일정이 바빠져서" });
  await expect(card).toContainText("99,000원 · 멤버십 · 카드");
  await shot(admin, "r5-admin-refund-queue");
  admin.on("dialog", (d) => void d.accept());
  await card.getByRole("button", { name: "99,000원 승인" }).click();
  await expect(admin.getByText("승인하고 카드 승인을 취소했습니다.")).toBeVisible();

  await page.goto("/me/payments");
  await expect(page.locator("li").filter({ hasText: "베이직 멤버십 (3개월)" })).toContainText("99,000원 환불 완료");
  await shot(page, "r6-me-payments-refunded");
});
