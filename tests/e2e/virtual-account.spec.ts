// Toss 가상계좌 end to end, as members and the operator would do it on their phones (docs/payments.md):
// two new members are matched (the operator's manual match: a fresh pair no other spec touches); she
// starts a card order, changes her mind and cancels it on the checkout page (취소됨, the match payable
// again); she picks 가상계좌 on the checkout, the local Toss window issues an account and the app shows
// bank, account number, amount and due date (입금 대기, also on /me/payments and for him on the match
// page: 결제가 진행 중이에요). The test then deposits through the local Toss server's control API, which
// sends Toss's DEPOSIT_CALLBACK to the app: the payment confirms itself (결제 완료), the operator's queue
// shows the paid match waiting for activation, and once activated she sees the match confirmed.
// Screenshots (phone 390×844) go to E2E_SCREENSHOTS when set.
import { expect, test, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { signedUpMember } from "./members";
import { DESKTOP, screenshots, TOSS } from "./steps";

const shot = screenshots("virtual-account");
type MyPayment = { id: string; orderId: string; status: string; method: string };
const myPayments = async (page: Page): Promise<MyPayment[]> => (await (await page.request.get("/api/payments")).json()).payments;

test("a match fee paid by 가상계좌 confirms itself when the deposit arrives; a card order cancelled first", async ({ browser }) => {
  test.setTimeout(180_000);
  const her = await signedUpMember(browser, "F", "김가상");
  const him = await signedUpMember(browser, "M", "정입금");
  const admin = await (await browser.newContext(DESKTOP)).newPage();
  await signInWithKakao(admin, { account: "운영자" }, "/admin");
  const created = await admin.request.post("/api/admin/matches", { data: { userId: her.id, partnerId: him.id } });
  expect(created.status()).toBe(201);
  const matchId = (await created.json()).id as string;

  // ── she starts a card order, then cancels it to choose another way ──
  await her.page.goto(`/matches/${matchId}`);
  await her.page.getByRole("button", { name: "카드로 결제하기" }).click();
  await expect(her.page).toHaveURL(/\/checkout\/[A-Za-z0-9_=-]{6,64}$/);
  const firstOrder = her.page.url().split("/").pop()!;
  await expect(her.page.getByRole("button", { name: "가상계좌로 입금하기 (무통장 입금)" })).toBeVisible();
  await shot(her.page, "va-01-checkout-methods");
  await her.page.getByRole("button", { name: "이 주문을 취소하고 다른 방법으로 결제할래요" }).click();
  await her.page.getByRole("button", { name: "주문 취소" }).click();
  // the page re-renders as the ended order (or shows the action's answer first)
  await expect(her.page.getByText("주문을 취소했어요").first()).toBeVisible();
  await expect.poll(async () => (await myPayments(her.page)).find((p) => p.orderId === firstOrder)?.status).toBe("CANCELED");

  // ── the match is payable again; she picks 가상계좌 ──
  await her.page.goto(`/matches/${matchId}`);
  await her.page.getByRole("button", { name: "가상계좌(무통장 입금)로 결제하기" }).click();
  await expect(her.page).toHaveURL(/\/checkout\/[A-Za-z0-9_=-]{6,64}$/);
  const orderId = her.page.url().split("/").pop()!;
  expect(orderId).not.toBe(firstOrder);
  await her.page.getByRole("button", { name: "가상계좌로 입금하기 (무통장 입금)" }).click();
  await expect(her.page).toHaveURL(/127\.0\.0\.1:\d+\/checkout\?/);
  await expect(her.page.getByRole("heading", { name: "가상계좌 결제" })).toBeVisible();
  await her.page.getByRole("button", { name: "가상계좌 발급받기" }).click();
  await expect(her.page).toHaveURL(/\/checkout\/success/);
  await expect(her.page.getByRole("heading", { name: "가상계좌가 발급되었어요" })).toBeVisible();
  const account = her.page.getByTestId("virtual-account");
  await expect(account).toContainText("우리은행");
  await expect(account).toContainText("50,000원");
  await expect(account).toContainText(/\d{4}\. \d{1,2}\. \d{1,2}\..*까지/);
  const accountNumber = (await her.page.getByTestId("virtual-account-number").innerText()).trim();
  expect(accountNumber).toMatch(/^X\d{13}$/);
  await shot(her.page, "va-02-account-issued");

  // the deposit-waiting page, /me/payments and the partner's match page
  await her.page.getByRole("link", { name: "입금 안내 다시 보기" }).click();
  await expect(her.page.getByRole("heading", { level: 1, name: "입금을 기다리고 있어요" })).toBeVisible();
  await expect(her.page.getByTestId("virtual-account-number")).toHaveText(accountNumber);
  await shot(her.page, "va-03-deposit-waiting");
  await her.page.goto("/me/payments");
  await expect(her.page.getByText("입금 대기").first()).toBeVisible();
  await expect(her.page.getByText("취소됨").first()).toBeVisible();
  await expect(her.page.getByText("결제 대기")).toHaveCount(0);
  await shot(her.page, "va-04-me-payments-waiting");
  await him.page.goto(`/matches/${matchId}`);
  await expect(him.page.getByTestId("payment-in-progress")).toContainText("상대방이 결제를 진행하고 있어요");
  await expect(him.page.getByRole("button", { name: "계좌이체로 결제하기" })).toBeDisabled();

  // ── she deposits: the local Toss server sends DEPOSIT_CALLBACK to the app, which confirms it ──
  const deposited = await admin.request.post(`${TOSS}/__control/orders/${orderId}/deposit`, { data: {} });
  expect(deposited.status()).toBe(200);
  expect((await deposited.json()).delivery).toMatchObject({ eventType: "DEPOSIT_CALLBACK", responseStatus: 200 });
  await expect.poll(async () => (await myPayments(her.page)).find((p) => p.orderId === orderId)?.status).toBe("PAID");
  const paymentId = (await myPayments(her.page)).find((p) => p.orderId === orderId)!.id;
  await her.page.goto(`/matches/${matchId}`);
  await expect(her.page.getByText("매칭 이용료 결제가 확인되었어요")).toBeVisible();

  // ── the operator's queue shows the paid match waiting for activation (the default view: what needs a person) ──
  await admin.goto("/admin/payments");
  const row = admin.getByTestId(`admin-payment-${paymentId}`);
  await expect(row).toContainText("매칭 이용료 · 가상계좌 · 50,000원");
  await expect(row).toContainText("결제 완료");
  await row.getByRole("form", { name: "매칭 확정" }).getByRole("button", { name: "매칭 확정" }).click();
  await expect(admin.getByTestId(`admin-payment-${paymentId}`)).toHaveCount(0);

  // ── she sees the match confirmed, and the payment done ──
  await her.page.goto(`/matches/${matchId}`);
  await expect(her.page.getByText("매칭 확정").first()).toBeVisible();
  await her.page.goto("/me/payments");
  await expect(her.page.getByText("결제 완료").first()).toBeVisible();
  await expect(her.page.getByText("입금 대기")).toHaveCount(0);
  await shot(her.page, "va-05-me-payments-paid");

  // a replayed callback (Toss retries) changes nothing
  const state = await (await admin.request.get(`${TOSS}/__control/state`)).json();
  const toss = state.payments.find((p: { orderId: string }) => p.orderId === orderId);
  expect(toss).toMatchObject({ status: "DONE", method: "가상계좌" });
  const replay = await admin.request.post("/api/webhooks/toss", { data: { createdAt: "2026-12-07T12:00:00+09:00", secret: toss.secret, status: "DONE", transactionKey: "X", orderId } });
  expect(replay.status()).toBe(200);
  const forged = await admin.request.post("/api/webhooks/toss", { data: { createdAt: "2026-12-07T12:00:00+09:00", secret: "ps_forged", status: "DONE", transactionKey: "X", orderId } });
  expect(forged.status()).toBe(403);
  expect((await myPayments(her.page)).filter((p) => p.status === "PAID")).toHaveLength(1);
});
