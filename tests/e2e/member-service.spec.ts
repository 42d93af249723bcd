// Member service (docs/member-service.md) in the browser: a PREMIUM member books a manager
// consultation, the manager sees it on their day and writes the note; a member asks a 1:1 question,
// the operator answers, the member is notified and reads the thread; /membership is readable before
// sign-in and "카카오로 시작하기" goes to Kakao in one tap. The demo operator is the seeded manager
// (its profile comes with the seed); the members are made here. Screenshots go to E2E_SCREENSHOTS when set.
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { addPhotoApprovedBy, newMember, operatorPage, pocket } from "./members";
import { randomKakaoId, randomPhone, signInWithKakao, verifyIdentity } from "./fixtures";
import { screenshots } from "./steps";

const shot = screenshots("member-service");

/** a random Seoul date 3–60 days ahead and a time, so repeated runs never collide with an earlier slot */
function slotTime() {
  const at = new Date(Date.now() + (3 + Math.floor(Math.random() * 58)) * 86_400_000);
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(at);
  const hour = String(9 + Math.floor(Math.random() * 10)).padStart(2, "0");
  const minute = String(Math.floor(Math.random() * 60)).padStart(2, "0");
  const [, m, d] = date.split("-").map(Number);
  return { date, time: `${hour}:${minute}`, label: `${m}월 ${d}일 ${hour}:${minute}` };
}

test("/membership is readable before sign-in; one tap from 카카오로 시작하기 to Kakao", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "멤버십 자세히 보기" }).click();
  await expect(page).toHaveURL(/\/membership$/);
  await expect(page.getByText("290,000원").first()).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: "카카오로 시작하기" }).click();
  await expect(page).toHaveURL(/\/oauth\/authorize/);
  await page.goto("/faq");
  await expect(page.getByText("이용 요금은 얼마인가요?")).toBeVisible();
  // the terms read the weekly counts and tier names from the price table
  await page.goto("/terms");
  await expect(page.getByText(/최대 10명\(멤버십 회원은 베이직 멤버십 12명, 프리미엄 멤버십 15명\)/)).toBeVisible();
  await expect(page.getByText(/멤버십\(베이직 멤버십, 프리미엄 멤버십\)/)).toBeVisible();
  await expect(page.getByText("BASIC")).toHaveCount(0);
});

test("a PREMIUM member books a consultation; the manager sees it and writes the note", async ({ browser }) => {
  test.setTimeout(180_000);
  const operator = await operatorPage(browser, "/admin/consultations");
  const member = await newMember(browser, { gender: "F" });
  const { page } = member;

  // FREE: nothing to book, and the page says what unlocks it
  await page.goto("/consultations");
  await expect(page.getByTestId("consultation-balance")).toHaveText("지금은 예약할 수 있는 상담이 없어요");
  await expect(page.getByText(/프리미엄 멤버십.*상담 2회/)).toBeVisible();

  const expiresAt = new Date(Date.now() + 180 * 86_400_000).toISOString();
  expect((await operator.request.patch(`/api/admin/users/${member.id}/membership`, { data: { tier: "PREMIUM", expiresAt } })).status()).toBe(200);

  const slot = slotTime();
  await operator.locator("#slot-date").fill(slot.date);
  await operator.locator("#slot-time").fill(slot.time);
  await operator.locator("#slot-minutes").fill("30");
  await operator.getByRole("button", { name: "시간 열기" }).click();
  await expect(operator.getByText("상담 시간을 열었습니다.")).toBeVisible();

  await page.goto("/consultations");
  await expect(page.getByTestId("consultation-balance")).toHaveText("2회 중 2회 남았어요");
  await page.getByRole("radio", { name: new RegExp(`${slot.label} · 30분 · 전화`) }).check();
  await shot(page, "consultations-phone");
  await page.getByRole("button", { name: "상담 예약하기" }).click();
  await expect(page.getByTestId("my-booking").filter({ hasText: slot.label })).toContainText("예약됨");
  await expect(page.getByTestId("consultation-balance")).toHaveText("2회 중 1회 남았어요");
  await shot(page, "consultations-booked-phone");

  // the manager was notified (in-app, same transaction): the console lists the booking change, unread
  await operator.goto("/admin/consultations");
  const change = operator.getByTestId("booking-change").filter({ hasText: member.nickname });
  await expect(change).toContainText("담당 상담이 예약되었어요");
  await expect(change).toHaveAttribute("data-unread", "true");
  await shot(operator, "admin-booking-change-desktop");
  await operator.getByRole("button", { name: "모두 확인" }).click();
  await expect(operator.getByText("예약 변경을 확인했습니다.")).toBeVisible();
  await expect(operator.getByTestId("booking-change").filter({ hasText: member.nickname })).not.toHaveAttribute("data-unread", "true");
  await change.getByRole("link", { name: "그날 일정 보기" }).click();
  await expect(operator).toHaveURL(new RegExp(`/admin/consultations\\?date=${slot.date}$`));
  const card = operator.getByTestId("day-slot").filter({ hasText: member.nickname });
  await expect(card).toBeVisible();
  await card.getByRole("textbox", { name: "상담 메모" }).fill("E2E 상담: 주말에 만날 수 있는 분을 원함");
  await card.getByRole("button", { name: "메모 저장·상담 완료" }).click();
  await expect(operator.getByText("상담 메모를 저장하고 완료로 기록했습니다.")).toBeVisible();
  await expect(operator.getByTestId("day-slot").filter({ hasText: member.nickname }).getByTestId("booking-note")).toContainText("주말에 만날 수 있는 분");
  await shot(operator, "admin-consultations-desktop");

  await page.goto("/consultations");
  await expect(page.getByTestId("my-booking").filter({ hasText: slot.label })).toContainText("상담 완료");
  await page.goto("/notifications");
  await expect(page.getByText("상담이 예약되었어요", { exact: true })).toBeVisible();
  await operator.context().close();
  await page.context().close();
});

test("a member asks a question, the operator answers, the member is notified and sees the thread", async ({ browser }) => {
  test.setTimeout(180_000);
  const member = await newMember(browser, { gender: "M" });
  const { page } = member;
  const question = `E2E 문의 ${Math.floor(Math.random() * 1_000_000)}: 멤버십 환불은 어떻게 하나요?`;
  await page.goto("/help");
  await page.getByLabel("문의 유형").selectOption("PAYMENT");
  await page.getByLabel("내용").fill(question);
  // an optional screenshot: straight to private storage, checked and re-encoded when the question is sent
  const screenshot = await sharp({ create: { width: 390, height: 844, channels: 3, background: "#fde2e4" } }).png().toBuffer();
  await page.getByLabel("스크린샷 파일").setInputFiles({ name: "screen.png", mimeType: "image/png", buffer: screenshot });
  await expect(page.getByTestId("screenshot-attached")).toBeVisible();
  await shot(page, "help-phone");
  await page.getByRole("button", { name: "문의 남기기" }).click();
  await expect(page).toHaveURL(/\/help\/inquiries\/[0-9a-f-]+$/);
  await expect(page.getByTestId("inquiry-question")).toContainText(question);
  const mine = page.getByTestId("inquiry-question").getByRole("img", { name: "첨부한 스크린샷" });
  await expect.poll(() => mine.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByText("접수", { exact: true })).toBeVisible();

  const operator = await operatorPage(browser, "/admin/inquiries");
  const card = operator.getByTestId("admin-inquiry").filter({ hasText: question });
  await expect(card).toBeVisible();
  // the operator sees the screenshot too (a short-lived URL signed for this page)
  const theirs = card.getByRole("img", { name: "첨부한 스크린샷" });
  await expect.poll(() => theirs.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await card.scrollIntoViewIfNeeded();
  await shot(card, "admin-inquiry-screenshot-desktop");
  // the picker fills the box once the page is hydrated: pick again until it has
  await expect(async () => {
    await card.getByLabel("자주 쓰는 답변").selectOption("");
    await card.getByLabel("자주 쓰는 답변").selectOption("refund");
    await expect(card.getByRole("textbox", { name: "답변", exact: true })).toHaveValue(/환불 정책/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await card.getByRole("button", { name: "답변 보내기" }).click();
  await expect(operator.getByText("답변을 보냈습니다.")).toBeVisible();
  await shot(operator, "admin-inquiries-desktop");

  await page.goto("/notifications");
  await page.getByText("문의에 답변이 도착했어요", { exact: true }).click();
  await expect(page).toHaveURL(/\/help\/inquiries\//);
  await expect(page.getByText("답변 완료", { exact: true })).toBeVisible();
  await expect(page.getByTestId("inquiry-answer")).toContainText("환불 정책");
  await shot(page, "inquiry-thread-phone");
  await operator.context().close();
  await page.context().close();
});

test("onboarding: a refused submit moves focus to the first error", async ({ page }) => {
  await signInWithKakao(page, { kakaoId: randomKakaoId(), nickname: "새회원" });
  await expect(page).toHaveURL(/\/onboarding$/);
  // 본인인증 first (the local PortOne window); the form then asks only for the agreements
  await verifyIdentity(page, { realName: "김포커스", phone: randomPhone(), birthDate: "1992-03-01", gender: "F" }, { distinct: true });
  // every agreement but the terms: the refusal names that field, below the fold on a phone
  for (const name of [/개인정보 수집·이용 동의/, /환불정책 동의/, /만 19세 이상입니다/]) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "동의하고 가입하기" }).click();
  await expect(page.getByRole("checkbox", { name: /이용약관 동의/ })).toBeFocused();
  await expect(page.getByRole("alert").first()).toBeVisible();
});

test("관심 없음 can be undone for a few seconds; blocking asks first; 차단하기 and 신고하기 are 44×44 px", async ({ browser }) => {
  test.setTimeout(180_000);
  const operator = await operatorPage(browser);
  const where = pocket();
  const her = await newMember(browser, { gender: "F", pocket: where, operator });
  const him = await newMember(browser, { gender: "M", pocket: where, operator });
  await operator.context().close();
  await him.page.goto("/recommendations");
  const card = him.page.getByRole("article", { name: her.nickname, exact: true });
  await expect(card).toBeVisible({ timeout: 60_000 });

  for (const name of [`${her.nickname}님 차단하기`, `${her.nickname}님 신고하기`]) {
    const box = await card.getByRole("button", { name }).boundingBox();
    expect(box!.width, name).toBeGreaterThanOrEqual(44);
    expect(box!.height, name).toBeGreaterThanOrEqual(44);
  }
  // blocking asks for confirmation; declining keeps her
  const asked = new Promise<string>((resolve) => him.page.once("dialog", (d) => void d.dismiss().then(() => resolve(d.message()))));
  await card.getByRole("button", { name: `${her.nickname}님 차단하기` }).click();
  expect(await asked).toContain("차단할까요");
  await expect(card.getByRole("button", { name: `${her.nickname}님에게 좋아요` })).toBeVisible();

  // 관심 없음 → 되돌리기 brings the card back, and nothing was recorded
  await card.getByRole("button", { name: `${her.nickname}님 관심 없음` }).click();
  await him.page.getByRole("button", { name: "되돌리기" }).click();
  await expect(him.page.getByRole("article", { name: her.nickname, exact: true }).getByRole("button", { name: `${her.nickname}님에게 좋아요` })).toBeVisible();
  await him.page.reload();
  await expect(him.page.getByRole("article", { name: her.nickname, exact: true })).toBeVisible();
  await him.page.context().close();
  await her.page.context().close();
});

test("onboarding dead ends: the empty list names only what is missing; 추천 보러 가기 after saving; a narrow preference says so at once", async ({ browser }) => {
  test.setTimeout(180_000);
  const operator = await operatorPage(browser);
  const member = await newMember(browser, { gender: "F" });
  const { page } = member;

  // profile and preferences saved, no photo: the one missing step, and nothing else
  await page.goto("/recommendations");
  const missing = page.getByTestId("recs-missing");
  await expect(missing).toBeVisible();
  await expect(missing.locator("[data-step]")).toHaveCount(1);
  await expect(missing.locator("[data-step=PHOTO_NONE]")).toContainText("사진을 올려 주세요");
  await expect(missing).not.toContainText("이상형 조건");
  await shot(page, "recs-missing-photo-phone");

  // an age range nobody is in: saving offers the way on (the photo is still the one missing step)
  await page.goto("/preferences");
  await page.getByLabel("최소 나이").fill("78");
  await page.getByLabel("최대 나이").fill("80");
  await page.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(page.getByText("이상형 조건을 저장했어요.")).toBeVisible();
  await shot(page, "preferences-saved-phone");
  await page.getByRole("link", { name: "추천 보러 가기" }).click();
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(page.getByTestId("recs-missing").locator("[data-step]")).toHaveCount(1);

  // once the photo is approved, the list says at once that nobody fits and what to widen (no waiting for the first list)
  await addPhotoApprovedBy(page, operator, member.id);
  await page.goto("/recommendations");
  const narrow = page.getByTestId("recs-narrow");
  await expect(narrow).toBeVisible({ timeout: 5_000 });
  await expect(narrow).toContainText("조건에 맞는 분이 아직 없어요");
  await expect(narrow).toContainText("78~80세");
  await expect(page.getByText("회원님과 잘 맞을 분을 찾고 있어요")).toHaveCount(0);
  await shot(page, "recs-narrow-phone");
  await operator.context().close();
  await page.context().close();
});

test("a tapped member tab shows at once that the next page is coming (slowed request)", async ({ browser }) => {
  const member = await newMember(browser, { gender: "M" });
  const { page } = member;
  await page.goto("/recommendations");
  await page.waitForLoadState("networkidle");
  // the navigation's server payload (not the prefetch) takes 2.5 seconds
  await page.route(/\/matches/, async (route) => {
    const h = route.request().headers();
    if (h["rsc"] && !h["next-router-prefetch"]) await new Promise((r) => setTimeout(r, 2_500));
    await route.continue();
  });
  await page.getByRole("navigation", { name: "회원 메뉴" }).getByRole("link", { name: "매칭" }).click();
  // the list's skeleton (its loading.tsx) or the tab's pending bar, well before the payload arrives
  await expect(page.getByTestId("member-loading").or(page.getByTestId("link-pending")).first()).toBeVisible({ timeout: 1_500 });
  await shot(page, "navigation-pending-phone");
  await expect(page.getByRole("heading", { name: "매칭", level: 1 })).toBeVisible();
  await expect(page.getByTestId("link-pending")).toHaveCount(0);

  // a page that may answer 404 (someone else's inquiry) has no loading.tsx: it still shows the tap was
  // taken and then its own skeleton or content, and an unknown thread is a real HTTP 404
  const asked = await page.request.post("/api/inquiries", { data: { category: "OTHER", body: "로딩 화면을 확인하는 문의예요." } });
  expect(asked.status()).toBe(201);
  const { id } = await asked.json();
  await page.goto("/help");
  await page.waitForLoadState("networkidle");
  await page.route(/\/help\/inquiries\//, async (route) => {
    const h = route.request().headers();
    if (h["rsc"] && !h["next-router-prefetch"]) await new Promise((r) => setTimeout(r, 2_500));
    await route.continue();
  });
  await page.getByTestId("my-inquiry").first().click();
  await expect(page.getByTestId("member-loading").or(page.getByTestId("link-pending")).first()).toBeVisible({ timeout: 1_500 });
  await expect(page).toHaveURL(new RegExp(`/help/inquiries/${id}$`));
  await expect(page.getByTestId("inquiry-question")).toContainText("로딩 화면을 확인하는 문의예요.");
  const unknown = await page.goto("/help/inquiries/00000000-0000-4000-8000-000000000000");
  expect(unknown?.status()).toBe(404);
  await page.context().close();
});
