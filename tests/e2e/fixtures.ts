// Shared E2E steps: sign in through the local Kakao-compatible consent page; sign up with 본인인증 through
// the local PortOne window; consent to share the phone number with a confirmed match partner.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export type KakaoLogin =
  /** a demo account button on the consent page, by (part of) its nickname */
  | { account: string }
  /** a brand-new Kakao account */
  | { kakaoId: string; nickname: string };

const clients = new WeakSet<BrowserContext>();
/**
 * Each browser context is its own client: a private address in X-Real-IP, which the E2E stack trusts
 * (scripts/stack.ts), so per-IP limits (sign-in, onboarding) count per member as they do in production.
 */
async function ownClient(context: BrowserContext) {
  if (clients.has(context)) return;
  clients.add(context);
  const byte = () => 1 + Math.floor(Math.random() * 254);
  await context.setExtraHTTPHeaders({ "x-real-ip": `10.${byte()}.${byte()}.${byte()}` });
}

export async function signInWithKakao(page: Page, who: KakaoLogin, callbackUrl?: string) {
  await ownClient(page.context());
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  await page.getByRole("button", { name: "카카오로 로그인" }).click();
  // the local Kakao-compatible consent page (a failure here means sign-in never reached Kakao)
  await expect(page).toHaveURL(/\/oauth\/authorize/);
  if ("account" in who) {
    await page.getByRole("button", { name: new RegExp(who.account) }).first().click();
  } else {
    await page.getByLabel("카카오 회원번호").fill(who.kakaoId);
    await page.getByLabel("닉네임").fill(who.nickname);
    await page.getByRole("button", { name: "새 계정으로 동의하고 계속하기" }).click();
  }
}

/** A brand-new member: Kakao sign-in with a fresh account, 본인인증 as `m` in the local PortOne window (or,
 * where verification is switched off, `m` typed into the form), then every required agreement (and, when
 * asked, the optional contact-sharing consent) → /profile?welcome=1. */
export async function signUp(
  page: Page,
  m: { realName: string; phone: string; birthDate: string; gender: "M" | "F"; shareContact?: boolean; kakaoId?: string; beforeSubmit?: (page: Page) => Promise<void> },
): Promise<{ kakaoId: string }> {
  const kakaoId = m.kakaoId ?? randomKakaoId();
  await signInWithKakao(page, { kakaoId, nickname: "새회원" });
  await expect(page).toHaveURL(/\/onboarding$/);
  const verifyButton = page.getByRole("button", { name: "휴대폰 본인인증하기" });
  await expect(verifyButton.or(page.getByLabel("이름 (실명)"))).toBeVisible();
  if (await verifyButton.isVisible()) {
    // 본인인증 on (the default): the person is verified through the local PortOne window
    await verifyIdentity(page, m, { distinct: true });
  } else {
    await page.getByLabel("이름 (실명)").fill(m.realName);
    await page.getByLabel("휴대폰 번호", { exact: true }).fill(m.phone);
    await page.getByLabel("생년월일").fill(m.birthDate);
    await page.getByLabel("성별").selectOption(m.gender);
  }
  const agreements = [/이용약관 동의/, /개인정보 수집·이용 동의/, /환불정책 동의/, /만 19세 이상입니다/, ...(m.shareContact ? [/휴대폰 번호 제공에 동의합니다/] : [])];
  for (const name of agreements) await page.getByRole("checkbox", { name }).check();
  await m.beforeSubmit?.(page);
  await page.getByRole("button", { name: "동의하고 가입하기" }).click();
  await expect(page).toHaveURL(/\/profile\?welcome=1$/);
  return { kakaoId };
}

export type VerifiedPerson = { realName: string; phone: string; birthDate: string; gender: "M" | "F" };

/**
 * Opens 본인인증 on /onboarding and completes it in the local PortOne window (dev/portone) as `m`.
 * `distinct`: a person of their own (a random 동명이인 value), so a spec that signs up the same details
 * twice (retries, --repeat-each) is not refused as the same person; without it `m` is one person.
 */
export async function startIdentityVerification(page: Page, m: VerifiedPerson, opts: { distinct?: boolean } = {}) {
  await page.getByRole("button", { name: "휴대폰 본인인증하기" }).click();
  await expect(page).toHaveURL(/\/identity-verifications\/window/);
  await page.getByLabel("이름", { exact: true }).fill(m.realName);
  await page.getByLabel("생년월일").fill(m.birthDate);
  await page.getByLabel("성별").selectOption(m.gender === "M" ? "MALE" : "FEMALE");
  await page.getByLabel("휴대폰 번호").fill(m.phone.replace(/\D/g, ""));
  if (opts.distinct) await page.getByLabel("동명이인 구분값").fill(`e2e-${Math.random().toString(36).slice(2)}`);
  await page.getByRole("button", { name: "인증 완료" }).click();
  await expect(page).toHaveURL(/\/onboarding/);
}

/** 본인인증 that succeeds: the onboarding form then shows the verified details. */
export async function verifyIdentity(page: Page, m: VerifiedPerson, opts: { distinct?: boolean } = {}) {
  await startIdentityVerification(page, m, opts);
  await expect(page.getByRole("heading", { name: /본인인증 완료/ })).toBeVisible();
  await expect(page).toHaveURL(/\/onboarding$/);
}

/** A phone number no seeded member has (010-5000-0000 … 010-9998-9999). */
/** a fresh number whose last four digits are none of the local Solapi server's failure modes (…6666–…9999) */
export function randomPhone(): string {
  return `010-${5000 + Math.floor(Math.random() * 4999)}-${String(Math.floor(Math.random() * 6000)).padStart(4, "0")}`;
}

export function randomKakaoId(): string {
  return String(800_000_000 + Math.floor(Math.random() * 99_999_999));
}

/** Gives the separate consent (on the match page) to show my phone number to a confirmed match partner. */
export async function consentToContact(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the match page is there
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "동의하기" }) });
  if ((await form.count()) === 0) return; // agreed before (at onboarding, or in an earlier spec)
  await form.getByRole("checkbox", { name: /휴대폰 번호 제공에 동의합니다/ }).check();
  await form.getByRole("button", { name: "동의하기" }).click();
  await expect(form).toHaveCount(0);
}

/**
 * Gives a new member (on /profile, profile saved) an approved photo: uploads a small real image and
 * has the operator approve it from the photo queue (only members with an approved photo are
 * recommended: docs/photos.md).
 */
export async function addApprovedPhoto(page: Page, browser: Browser, nickname: string) {
  const sharp = (await import("sharp")).default;
  const buffer = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#e8b58f" } }).png().toBuffer();
  await page.getByLabel("사진 추가하기").setInputFiles({ name: "me.png", mimeType: "image/png", buffer });
  await expect(page.locator("[data-photo-status=PENDING]")).toHaveCount(1);
  const operator = await (await browser.newContext()).newPage();
  await signInWithKakao(operator, { account: "운영자" }, "/admin/photos");
  await expect(operator.getByText("단축키:")).toBeVisible();
  await operator.waitForLoadState("networkidle"); // the shortcuts work once the queue's script has run
  for (let i = 0; i < 200 && !(await operator.getByRole("figure").getByText(nickname).isVisible()); i++) await operator.keyboard.press("j");
  await expect(operator.getByRole("figure").getByText(nickname)).toBeVisible();
  await operator.keyboard.press("a");
  await expect(operator.getByText("이 화면에서 1건 처리")).toBeVisible();
  await expect(operator.getByText("· 저장 중…")).toHaveCount(0);
  await operator.context().close();
}
