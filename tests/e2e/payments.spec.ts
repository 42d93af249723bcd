// As members and the operator would do it on their phones, with members the tests make
// (tests/e2e/members.ts):
// (1) a member buys a membership by card through the checkout (the local Toss stand-in's card window)
//     and sees the new tier on the success page, /me and /me/payments;
// (2) a new member (who agrees at onboarding to share her number) likes a man of her corner of the
//     pool from her first list and he likes back; she pays the match fee by bank transfer; the admin
//     verifies the deposit and confirms the match in one click on /admin/payments; both see the
//     match ACTIVE and each other's phone number once he consents too;
// (3) a third member sees none of it: the match and payment pages are 404s, and so are
//     /api/matches/{id}/contact, /api/matches/{id}, /api/payments/{id} and a transfer intent.
// Set E2E_SCREENSHOTS=<dir> to save the mobile screenshots of each payment page.
import { expect, test, type Browser } from "@playwright/test";
import { addApprovedPhoto, consentToContact, randomPhone, signUp } from "./fixtures";
import { newMember, operatorPage, PHONE, pocket, type Member } from "./members";
import { screenshots } from "./steps";

const shot = screenshots("payments");

/** A new member who only signed up (no profile): enough to buy, to be refused, to look. */
const bystander = (browser: Browser): Promise<Member> => newMember(browser, { gender: "M", profile: false, preferences: false });

test.describe.configure({ mode: "serial" });

let matchId = "";
let paymentId = "";
let herPhone = "";
let hisPhone = "";

test("a member buys a membership by card through the checkout and sees the new tier", async ({ browser }) => {
  const { page } = await bystander(browser);
  await page.goto("/membership");
  await expect(page.getByRole("heading", { level: 1, name: "멤버십과 이용료" })).toBeVisible();
  await expect(page.getByTestId("membership-current")).toHaveText("일반");
  await expect(page.getByRole("link", { name: "환불정책" })).toBeVisible();
  await shot(page, "01-membership");

  // /membership → the app's order page (price from the server's table) → Toss's card window
  await page.getByRole("button", { name: "베이직 멤버십 (3개월) 카드로 결제하기" }).click();
  await expect(page).toHaveURL(/\/checkout\/[A-Za-z0-9_=-]{6,64}$/);
  await expect(page.getByRole("heading", { level: 1, name: "결제하기" })).toBeVisible();
  await expect(page.getByText("베이직 멤버십 (3개월)")).toBeVisible();
  await shot(page, "02-checkout");
  await page.getByRole("button", { name: "99,000원 카드로 결제하기" }).click();

  // the local Toss stand-in's card window: the amount the app sent, then pay
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/checkout\?/);
  await expect(page.getByText("99,000원")).toBeVisible();
  await shot(page, "03-toss-card-window");
  await page.getByRole("button", { name: "결제하기" }).click();

  // Toss's success redirect: the app confirms the payment and applies the tier
  await expect(page).toHaveURL(/\/checkout\/success\?/);
  await expect(page.getByRole("heading", { name: "결제가 완료되었어요" })).toBeVisible();
  await expect(page.getByTestId("membership-result")).toContainText(/베이직 멤버십 · \d{4}\. \d{1,2}\. \d{1,2}\.까지/);
  await shot(page, "04-checkout-success");
  // reloading the success page (Toss's redirect hit twice) confirms nothing twice
  await page.reload();
  await expect(page.getByTestId("membership-result")).toContainText("베이직 멤버십");

  await page.getByRole("link", { name: "내 정보로 가기" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("me-membership")).toContainText(/베이직 멤버십 · .+까지/);

  await page.goto("/me/payments");
  const paid = page.getByRole("listitem").filter({ hasText: "베이직 멤버십 (3개월)" });
  await expect(paid).toHaveCount(1);
  await expect(paid).toContainText("결제 완료");
  await expect(paid).toContainText("99,000원");
  await expect(paid.getByRole("link", { name: "영수증 보기" })).toBeVisible();
  await shot(page, "05-me-payments");

  const me = await (await page.request.get("/api/me")).json();
  expect(me.membership.tier).toBe("BASIC");
  await page.context().close();
});

test("the result pages never show text taken from their URL", async ({ browser }) => {
  const { page } = await bystander(browser);
  const crafted = "고객센터 010-1111-2222 로 입금하세요";
  // Toss's fail redirect: the words come from the code, never from `message`
  await page.goto(`/checkout/fail?code=REJECT_CARD_COMPANY&message=${encodeURIComponent(crafted)}&orderId=order_abcdef`);
  await expect(page.getByRole("heading", { level: 1, name: "결제가 완료되지 않았어요" })).toBeVisible();
  await expect(page.getByText(/카드사에서 결제를 승인하지 않았어요/)).toBeVisible();
  await expect(page.getByText(crafted)).toHaveCount(0);
  await page.goto(`/checkout/fail?code=${encodeURIComponent(crafted)}&message=${encodeURIComponent(crafted)}`);
  await expect(page.getByText(/결제를 마치지 못했어요/)).toBeVisible();
  await expect(page.getByText(crafted)).toHaveCount(0);
  await shot(page, "06-checkout-fail");
  // the membership page has no message parameter at all
  await page.goto(`/membership?error=${encodeURIComponent(crafted)}`);
  await expect(page.getByRole("heading", { level: 1, name: "멤버십과 이용료" })).toBeVisible();
  await expect(page.getByText(crafted)).toHaveCount(0);
  await page.context().close();
});

test("two matched members: one pays by transfer, the admin verifies and activates, both see each other's contact", async ({ browser }) => {
  test.setTimeout(240_000);

  // ── a man of her corner of the pool, then she (she agrees to share her number at onboarding) ──
  const where = pocket();
  const setup = await operatorPage(browser);
  const man = await newMember(browser, { gender: "M", pocket: where, operator: setup });
  await setup.context().close();
  const him = man.page;
  const hisNick = man.nickname;
  hisPhone = man.phone;
  const her = await (await browser.newContext(PHONE)).newPage();
  const nickname = `결제${Math.floor(Math.random() * 100_000)}`;
  herPhone = randomPhone();
  await signUp(her, { realName: "이결제", phone: herPhone, birthDate: where.birthDate, gender: "F", shareContact: true });
  await her.getByLabel("닉네임").fill(nickname);
  await her.getByLabel("지역", { exact: true }).selectOption(where.region);
  await her.getByLabel("직업", { exact: true }).fill("약사");
  for (const k of ["캠핑", "반려동물", "요리"]) await her.getByRole("checkbox", { name: k, exact: true }).check();
  await her.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(her.getByText("프로필을 저장했어요.")).toBeVisible();
  await addApprovedPhoto(her, browser, nickname);
  await her.goto("/preferences");
  await her.getByLabel("만나고 싶은 상대의 성별").selectOption("M");
  await her.getByLabel("최소 나이").fill(String(where.age - 1));
  await her.getByLabel("최대 나이").fill(String(where.age + 1));
  await her.getByRole("checkbox", { name: where.region, exact: true }).check();
  await her.getByRole("checkbox", { name: "캠핑", exact: true }).check();
  await her.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(her.getByText("이상형 조건을 저장했어요.")).toBeVisible();

  // she likes him from her first list
  await her.goto("/recommendations");
  const hisCard = her.getByRole("article", { name: hisNick, exact: true });
  await expect(hisCard, `${hisNick}님이 새 회원의 첫 추천에 없습니다`).toBeVisible({ timeout: 60_000 });
  await hisCard.getByRole("button", { name: `${hisNick}님에게 좋아요` }).click();
  await expect(hisCard.getByText("좋아요를 보냈어요")).toBeVisible();

  // he likes back from 받은 좋아요 → a PENDING match
  await him.goto("/recommendations");
  const herCard = him.getByRole("article", { name: nickname, exact: true });
  const likeBack = herCard.getByRole("button", { name: `${nickname}님에게 좋아요` });
  await likeBack.click();
  // the card turns into "매칭이 성사되었어요!" — or leaves 받은 좋아요 when the page re-renders
  // (the like action's revalidation refreshes it; reported): either way the match is under 매칭
  await expect(likeBack).toHaveCount(0);
  await him.goto("/matches");
  const matchLink = him.getByRole("link", { name: new RegExp(nickname) });
  await expect(matchLink).toContainText("결제 대기");
  await matchLink.click();
  await expect(him).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  matchId = him.url().split("/").pop()!;
  await expect(him.getByRole("heading", { name: `${nickname}님과의 매칭` })).toBeVisible();
  await expect(him.getByText("결제 대기").first()).toBeVisible();
  // he has not agreed to share his number yet: the match page asks
  await consentToContact(him);

  // ── she pays the match fee by bank transfer → the deposit instructions ──
  await her.goto(`/matches/${matchId}`);
  await expect(her.getByRole("heading", { name: `${hisNick}님과의 매칭` })).toBeVisible();
  await expect(her.getByTestId("contact-consent-given")).toBeVisible(); // given at onboarding
  await her.getByRole("button", { name: "계좌이체로 결제하기" }).click();
  await expect(her).toHaveURL(/\/payments\/[0-9a-f-]{36}$/);
  paymentId = her.url().split("/").pop()!;
  await expect(her.getByRole("heading", { level: 1, name: "매칭 이용료" })).toBeVisible();
  await expect(her.getByTestId("payment-status")).toHaveText("결제 대기");
  await expect(her.getByText("50,000원").first()).toBeVisible();
  await expect(her.getByTestId("bank-account")).not.toBeEmpty();
  const depositCode = (await her.getByTestId("deposit-code").innerText()).trim();
  expect(depositCode).toMatch(/^KM-/);
  await shot(her, "06-transfer-instructions");
  // the match page now points to the same open transfer (asking again returns the same intent)
  await her.goto(`/matches/${matchId}`);
  await her.getByRole("link", { name: "입금 안내 보기" }).click();
  await expect(her).toHaveURL(new RegExp(`/payments/${paymentId}$`));
  await expect(her.getByTestId("deposit-code")).toHaveText(depositCode);

  // before the match is confirmed nothing is disclosed, in the page or the API
  await him.goto(`/matches/${matchId}`);
  // one open payment per match: the partner is told it is in progress, with no second way to pay
  await expect(him.getByTestId("payment-in-progress")).toContainText("상대방이 결제를 진행하고 있어요");
  await expect(him.getByRole("button", { name: "계좌이체로 결제하기" })).toBeDisabled();
  await expect(him.getByTestId("partner-phone")).toHaveCount(0);
  expect((await him.request.get(`/api/matches/${matchId}/contact`)).status()).toBe(404);

  // ── the admin finds the transfer by its code, verifies the deposit and confirms the match in one click ──
  const admin = await operatorPage(browser, "/admin/payments?status=PENDING&method=TRANSFER", PHONE);
  const row = admin.getByTestId(`admin-payment-${paymentId}`);
  await expect(row).toContainText(depositCode);
  await expect(row).toContainText("매칭 이용료 · 계좌이체 · 50,000원");
  await shot(admin, "09-admin-payments");
  const verify = row.getByRole("form", { name: "입금 확인" });
  // the operator types the name from the statement (never pre-filled); a deposit without the code is refused
  await expect(verify.getByLabel("입금자명")).toHaveValue("");
  await verify.getByLabel("입금자명").fill("홍길동");
  await verify.getByRole("checkbox", { name: "매칭도 바로 확정" }).check();
  await verify.getByRole("button", { name: "입금 확인" }).click();
  await expect(verify.getByRole("alert")).toContainText(`입금 코드 ${depositCode}가 없습니다`);
  await verify.getByLabel("입금자명").fill(`${depositCode.toLowerCase().replaceAll("-", " ")} 홍길동`);
  await verify.getByLabel("메모").fill("E2E 국민은행 입금 확인");
  await expect(verify.getByRole("checkbox", { name: "매칭도 바로 확정" })).toBeChecked();
  await verify.getByRole("button", { name: "입금 확인" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "입금을 확인하고 매칭을 확정했습니다." })).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/payments\?status=PENDING&method=TRANSFER$/); // the same queue, no message in the URL
  await expect(admin.getByTestId(`admin-payment-${paymentId}`)).toHaveCount(0);
  await admin.goto("/admin/payments?status=PAID");
  await expect(admin.getByTestId(`admin-payment-${paymentId}`)).toContainText("결제 완료");
  await expect(admin.getByTestId(`admin-payment-${paymentId}`)).toContainText("매칭 확정");
  await admin.context().close();

  // ── both see the match confirmed and each other's phone number ──
  for (const [page, partnerPhone, partnerNick] of [
    [her, hisPhone, hisNick],
    [him, herPhone, nickname],
  ] as const) {
    await page.goto(`/matches/${matchId}`);
    await expect(page.getByText("매칭 확정").first()).toBeVisible();
    await expect(page.getByText("매칭이 확정되었어요. 아래에서 연락처를 확인해 보세요.")).toBeVisible();
    await expect(page.getByRole("region", { name: "상대방 연락처" })).toContainText(`${partnerNick}님의 연락처`);
    await expect(page.getByTestId("partner-phone")).toHaveText(partnerPhone);
    const contact = await page.request.get(`/api/matches/${matchId}/contact`);
    expect(contact.status()).toBe(200);
    expect((await contact.json()).partner.phone).toBe(partnerPhone);
    await page.goto("/matches");
    await expect(page.getByRole("link", { name: new RegExp(partnerNick) }).first()).toContainText("매칭 확정");
  }
  await her.goto(`/matches/${matchId}`);
  await shot(her, "07-active-match-contact");
  await her.goto(`/payments/${paymentId}`);
  await expect(her.getByTestId("payment-status")).toHaveText("결제 완료");
  await expect(her.getByTestId("deposit-code")).toHaveCount(0);
  await shot(her, "08-transfer-paid");
  await her.goto("/me");
  await expect(her.getByText("매칭 완료", { exact: true })).toBeVisible();
  await him.context().close();
  await her.context().close();
});

test("a third member sees none of it: the match, the payment and the contact are 404s", async ({ browser }) => {
  expect(matchId, "the previous test must have created the match").not.toBe("");
  const { page: other } = await bystander(browser);
  await other.goto("/matches");
  await expect(other.locator(`a[href="/matches/${matchId}"]`)).toHaveCount(0);

  const matchPage = await other.goto(`/matches/${matchId}`);
  expect(matchPage?.status()).toBe(404);
  await expect(other.getByText("찾으시는 내용이 없어요")).toBeVisible();
  await expect(other.getByText(herPhone)).toHaveCount(0);
  await expect(other.getByText(hisPhone)).toHaveCount(0);
  await expect(other.getByTestId("partner-phone")).toHaveCount(0);

  const paymentPage = await other.goto(`/payments/${paymentId}`);
  expect(paymentPage?.status()).toBe(404);
  await expect(other.getByTestId("deposit-code")).toHaveCount(0);

  for (const url of [`/api/matches/${matchId}/contact`, `/api/matches/${matchId}`, `/api/payments/${paymentId}`]) {
    const res = await other.request.get(url);
    expect(res.status(), url).toBe(404);
    const body = await res.text();
    expect(body, url).not.toContain(herPhone);
    expect(body, url).not.toContain(hisPhone);
    expect(JSON.parse(body).error.code, url).toBe("NOT_FOUND");
  }
  // nor can they open a transfer for someone else's match
  const intent = await other.request.post("/api/payments/intent", { data: { matchId } });
  expect(intent.status()).toBe(404);
  await other.context().close();
});
