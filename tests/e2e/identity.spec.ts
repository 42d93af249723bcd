// 본인인증 (docs/identity.md) on a phone: a new member verifies through the local PortOne window and
// joins with the verified details (badge 본인인증 완료); a second Kakao account of the same person is
// refused with a clear Korean message and lands in the operator's identity-exceptions queue; the
// operator bans the first account from there, and the same person's third attempt is refused as banned.
// Set E2E_SCREENSHOTS=<dir> to save the phone screenshots of each step.
import { expect, test, type Browser } from "@playwright/test";
import { randomKakaoId, randomPhone, signInWithKakao, startIdentityVerification, verifyIdentity } from "./fixtures";
import { PHONE, screenshots } from "./steps";

test.use(PHONE);
const shot = screenshots("identity");

/** a person no other spec (or earlier run) uses: the local PortOne derives the CI from name, birth date and gender */
const SYLLABLES = "가나다라마바사아자차카타파하";
const uniqueName = () => `한${Array.from({ length: 3 }, () => SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)]).join("")}`;

async function newcomer(browser: Browser) {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signInWithKakao(page, { kakaoId: randomKakaoId(), nickname: "새회원" });
  await expect(page).toHaveURL(/\/onboarding$/);
  return page;
}

test("a new member verifies identity; the same person is refused a second account, and after a ban for good", async ({ browser }) => {
  const person = { realName: uniqueName(), phone: randomPhone(), birthDate: "1994-02-11", gender: "F" as const };

  // 1. the 본인인증 step, the local PortOne window, the verified details
  const me = await newcomer(browser);
  await expect(me.getByRole("heading", { name: "1단계 · 휴대폰 본인인증" })).toBeVisible();
  await expect(me.getByLabel("이름 (실명)")).toHaveCount(0); // nothing to type while verification is on
  await shot(me, "step");
  await me.getByRole("button", { name: "휴대폰 본인인증하기" }).click();
  await expect(me).toHaveURL(/\/identity-verifications\/window/);
  await expect(me.getByRole("heading", { name: "휴대폰 본인인증" })).toBeVisible();
  await shot(me, "portone-window");
  await me.goto("/onboarding");
  await verifyIdentity(me, person);
  await expect(me.getByText(person.realName)).toBeVisible();
  await expect(me.getByText("1994-02-11")).toBeVisible();
  expect(me.url()).not.toContain(person.realName);
  await shot(me, "verified");
  for (const name of [/이용약관 동의/, /개인정보 수집·이용 동의/, /환불정책 동의/, /만 19세 이상입니다/]) await me.getByRole("checkbox", { name }).check();
  await me.getByRole("button", { name: "동의하고 가입하기" }).click();
  await expect(me).toHaveURL(/\/profile\?welcome=1$/);
  await me.goto("/me");
  await expect(me.getByText("본인인증 완료")).toBeVisible();
  await expect(me.getByText(person.realName)).toBeVisible();

  // 2. the same person with another Kakao account (and another phone): refused, clearly
  const twin = await newcomer(browser);
  await startIdentityVerification(twin, { ...person, phone: randomPhone() });
  await expect(twin.getByRole("alert").filter({ hasText: "이미 가입된 분이에요. 처음 가입하신 카카오 계정으로 로그인해 주세요." })).toBeVisible();
  await expect(twin.getByRole("button", { name: "동의하고 가입하기" })).toHaveCount(0);
  await shot(twin, "duplicate-refused");

  // 3. the operator sees it in the identity-exceptions queue and bans the original account from there
  const admin = await (await browser.newContext()).newPage();
  admin.on("dialog", (d) => d.accept());
  await signInWithKakao(admin, { account: "운영자" }, "/admin");
  await expect(admin.getByText("본인인증 예외 대기")).toBeVisible();
  await admin.goto("/admin/identity");
  const item = admin.getByRole("listitem").filter({ hasText: "이미 가입한 사람 (CI 중복)" }).last();
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: "거절 유지" }).click();
  await expect(item.getByRole("status")).toHaveText("거절을 유지했습니다");
  await item.getByRole("link").nth(1).click(); // 기존 계정
  await admin.getByLabel("정지 사유").fill("중복 가입 시도 확인");
  await admin.getByRole("button", { name: "이용정지", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "이용정지했습니다" })).toBeVisible();

  // the refused twin was told the decision
  await twin.goto("/onboarding");
  await expect(twin.getByRole("alert").filter({ hasText: "본인인증 확인 결과 가입할 수 없어요" })).toBeVisible();

  // 4. the banned person tries again with a third account: refused as banned
  const third = await newcomer(browser);
  await startIdentityVerification(third, { ...person, phone: randomPhone() });
  await expect(third.getByRole("alert").filter({ hasText: "이용이 제한된 분은 다시 가입할 수 없어요" })).toBeVisible();
  await shot(third, "banned-refused");
});

test("a minor is refused by the verified birth date", async ({ browser }) => {
  const page = await newcomer(browser);
  await startIdentityVerification(page, { realName: uniqueName(), phone: randomPhone(), birthDate: "2012-03-03", gender: "M" });
  await expect(page.getByRole("alert").filter({ hasText: "만 19세 이상만 가입할 수 있어요." })).toBeVisible();
  await shot(page, "minor-refused");
});
