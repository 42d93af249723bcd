// Shared E2E steps: sign in through the local Kakao-compatible consent page.
import { expect, type Page } from "@playwright/test";

export type KakaoLogin =
  /** a demo account button on the consent page, by (part of) its nickname */
  | { account: string }
  /** a brand-new Kakao account */
  | { kakaoId: string; nickname: string };

export async function signInWithKakao(page: Page, who: KakaoLogin, callbackUrl?: string) {
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

export function randomKakaoId(): string {
  return String(800_000_000 + Math.floor(Math.random() * 99_999_999));
}
