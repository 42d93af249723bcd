// A new member's journey on a phone, without dead ends: Kakao sign-in → onboarding →
// profile → a photo (PENDING: no list yet) → preferences → the operator approves the photo in the
// photo queue (one key press, docs/photos.md) → the first recommendations appear at once → pass
// one card, like another's → that member sees the notification and the 받은 좋아요 → likes back → both
// are told of the match → she pays the match fee by card (the local Toss window) → the operator
// confirms the match → both see each other's contact card → block and report from a card. The three
// men she meets are made by the test first, in her corner of the pool (tests/e2e/members.ts).
// Set E2E_SCREENSHOTS=<dir> to save a mobile screenshot of each step.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { consentToContact, randomPhone, signInWithKakao, signUp } from "./fixtures";
import { newMember, operatorPage, pocket } from "./members";
import { payByCard, PHONE, screenshots } from "./steps";

test.use(PHONE);
const shot = screenshots("journey");

/** a small real photo (a gradient, not a single colour) */
async function portrait(): Promise<Buffer> {
  const sharp = (await import("sharp")).default;
  return sharp({ create: { width: 300, height: 400, channels: 3, background: "#e8b58f" } }).png().toBuffer();
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext(PHONE);
  return context.newPage();
}

test("sign up → first list at once → pass, like → notifications → match → card payment → confirmed → contact cards → block and report", async ({ browser }) => {
  test.setTimeout(240_000);
  // three men already waiting in her corner of the pool (each with an approved photo)
  const where = pocket();
  const setup = await operatorPage(browser);
  const him = await newMember(browser, { gender: "M", pocket: where, operator: setup });
  const passedMan = await newMember(browser, { gender: "M", pocket: where, operator: setup });
  const reportee = await newMember(browser, { gender: "M", pocket: where, operator: setup });
  await setup.context().close();

  const me = await newPage(browser);
  const nickname = `봄날${Math.floor(Math.random() * 100_000)}`;
  const phone = randomPhone();

  // ── onboarding, profile, preferences ──
  await signUp(me, { realName: "김새봄", phone, birthDate: where.birthDate, gender: "F", shareContact: true, beforeSubmit: (p) => shot(p, "onboarding") });
  await me.getByLabel("닉네임").fill(nickname);
  await me.getByLabel("지역", { exact: true }).selectOption(where.region);
  await me.getByLabel("직업", { exact: true }).fill("디자이너");
  await me.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(me.getByText("프로필을 저장했어요.")).toBeVisible();
  await me.getByLabel("사진 추가하기").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await portrait() });
  await expect(me.locator("[data-photo-status=PENDING]")).toHaveCount(1);
  await expect(me.getByText("검토 중")).toBeVisible();
  await shot(me, "profile");
  await me.goto("/preferences");
  await me.getByLabel("만나고 싶은 상대의 성별").selectOption("M");
  await me.getByLabel("최소 나이").fill(String(where.age - 1));
  await me.getByLabel("최대 나이").fill(String(where.age + 1));
  await me.getByRole("checkbox", { name: where.region, exact: true }).check();
  await me.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(me.getByText("이상형 조건을 저장했어요.")).toBeVisible();

  // ── no approved photo yet: no list, and the page says why ──
  await me.goto("/recommendations");
  await expect(me.getByText("승인된 사진이 있어야 추천을 받고")).toBeVisible();
  await shot(me, "needs-photo");

  // ── the operator approves it from the queue: j until it is hers, then a ──
  const operator = await newPage(browser);
  await signInWithKakao(operator, { account: "운영자" }, "/admin/photos");
  await expect(operator.getByText("단축키:")).toBeVisible();
  await operator.waitForLoadState("networkidle"); // the shortcuts work once the queue's script has run
  for (let i = 0; i < 200 && !(await operator.getByRole("figure").getByText(nickname).isVisible()); i++) await operator.keyboard.press("j");
  await expect(operator.getByRole("figure").getByText(nickname)).toBeVisible();
  await shot(operator, "admin-photo-queue");
  await operator.keyboard.press("a");
  await expect(operator.getByText("이 화면에서 1건 처리")).toBeVisible();
  await expect(operator.getByText("· 저장 중…")).toHaveCount(0);
  await operator.close();
  await me.goto("/profile");
  await expect(me.locator("[data-photo-status=APPROVED]")).toHaveCount(1);
  await expect(me.getByText("다른 회원에게 보여요", { exact: true })).toBeVisible();

  // ── the first list arrives within a minute (the page refreshes itself while it is picked) ──
  await me.goto("/recommendations");
  const cards = me.getByRole("article");
  await expect(cards.first()).toBeVisible({ timeout: 60_000 });
  await shot(me, "first-list");
  const names = await me.getByRole("article").getByRole("heading", { level: 3 }).allInnerTexts();
  expect(names, "her first list holds the men of her corner").toEqual(expect.arrayContaining([him.nickname, passedMan.nickname, reportee.nickname]));

  // pass one (it disappears), like him
  const passed = passedMan.nickname;
  await me.getByRole("button", { name: `${passed}님 관심 없음` }).click();
  await expect(me.getByText(`${passed}님을 관심 없음으로 표시했어요`)).toBeVisible();
  await me.reload();
  await expect(me.getByRole("article", { name: passed, exact: true })).toHaveCount(0);
  await me.getByRole("button", { name: `${him.nickname}님에게 좋아요` }).click();
  await expect(me.getByText("좋아요를 보냈어요")).toBeVisible();

  // ── the liked member: a notification, the 받은 좋아요, a like back → a match ──
  await him.page.goto("/notifications");
  await expect(him.page).toHaveURL(/\/notifications$/);
  await expect(him.page.getByRole("link", { name: "알림", exact: true })).toBeVisible(); // the centre clears the badge
  await expect(him.page.getByText("새로운 좋아요를 받았어요").first()).toBeVisible();
  await shot(him.page, "like-notification");
  await him.page.goto("/recommendations");
  const mine = him.page.getByRole("article", { name: nickname, exact: true });
  await expect(mine).toBeVisible();
  await mine.getByRole("button", { name: `${nickname}님에게 좋아요` }).click();
  await expect(mine.getByText("매칭이 성사되었어요!")).toBeVisible();

  // ── the match notification (badge, then the centre) ──
  await me.goto("/recommendations");
  await expect(me.getByRole("link", { name: /읽지 않은 알림 \d+개/ })).toBeVisible();
  await me.getByRole("link", { name: /알림/ }).first().click();
  // wait for the centre itself: the matched card on /recommendations says "매칭이 성사되었어요!" too
  await expect(me).toHaveURL(/\/notifications$/);
  // on the centre the bell shows no count: what it counted is on the screen and being marked read
  await expect(me.getByRole("link", { name: "알림", exact: true })).toBeVisible();
  const matchNotice = me.getByRole("link", { name: /매칭이 성사되었어요!/ }).first();
  await expect(matchNotice).toBeVisible();
  await shot(me, "match-notification");

  // ── she pays the match fee by card; the operator confirms the match; both see the contact card ──
  await matchNotice.click(); // the notification leads to the match
  await expect(me).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  const matchId = me.url().split("/").pop()!;
  await expect(me.getByTestId("contact-consent-given")).toBeVisible(); // given at onboarding
  await shot(me, "match-pending");
  await me.getByRole("button", { name: "카드로 결제하기" }).click();
  await payByCard(me, "50,000원");
  await shot(me, "paid");

  const admin = await newPage(browser);
  await signInWithKakao(admin, { account: "운영자" }, "/admin/payments?status=PAID");
  await admin.waitForLoadState("networkidle"); // a click before the form hydrated would post without its answer
  const paidRow = admin.locator("[data-testid^=admin-payment-]").filter({ hasText: `매칭 ${matchId.slice(0, 8)}` });
  await expect(paidRow).toContainText("매칭 이용료 · 카드 · 50,000원");
  await paidRow.getByRole("form", { name: "매칭 확정" }).getByRole("button", { name: "매칭 확정" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "매칭을 확정했습니다." })).toBeVisible();
  await admin.context().close();

  await him.page.goto(`/matches/${matchId}`);
  await consentToContact(him.page);
  await expect(him.page.getByRole("region", { name: "상대방 연락처" })).toContainText(`${nickname}님의 연락처`);
  await expect(him.page.getByTestId("partner-phone")).toHaveText(phone);
  await me.goto(`/matches/${matchId}`);
  await expect(me.getByText("매칭이 확정되었어요. 아래에서 연락처를 확인해 보세요.")).toBeVisible();
  await expect(me.getByRole("region", { name: "상대방 연락처" })).toContainText(`${him.nickname}님의 연락처`);
  await expect(me.getByTestId("partner-phone")).toHaveText(/^010-\d{4}-\d{4}$/);
  await shot(me, "contact-card");

  // ── block and report from a card ──
  await me.goto("/recommendations");
  const name = reportee.nickname;
  await me.getByRole("article", { name, exact: true }).getByRole("button", { name: `${name}님 신고하기` }).click();
  await me.getByLabel("신고 사유").selectOption("FAKE_PROFILE");
  await me.getByRole("button", { name: "신고 접수하기" }).click();
  await expect(me.getByText("신고가 접수되었어요")).toBeVisible();
  await shot(me, "reported");
  await me.goto("/me/blocks");
  await expect(me.getByText(name)).toBeVisible();
  for (const m of [him, passedMan, reportee]) await m.page.context().close();
});
