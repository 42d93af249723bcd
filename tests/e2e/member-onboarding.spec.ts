// A brand-new member, as a person would: Kakao sign-in (new account) → /onboarding: 본인인증 in the local
// PortOne window (an under-19 verified birth date is refused first) → profile → two photos → preferences, then reload and see it all.
import { expect, test } from "@playwright/test";
import { randomKakaoId, signInWithKakao, startIdentityVerification, verifyIdentity } from "./fixtures";

// 1×1 PNGs (red and blue): real image bytes, a few dozen bytes each
const PNG_RED = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
const PNG_BLUE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPj/HwADBwIAMCbHYQAAAABJRU5ErkJggg==", "base64");

function seoulDateYearsAgo(years: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date()).split("-");
  return `${Number(y) - years}-${m}-${d === "29" && m === "02" ? "28" : d}`;
}

test("a new member onboards, fills the profile with two photos and preferences, and sees them after reload", async ({ page }) => {
  const kakaoId = randomKakaoId();
  const realName = "김새봄";
  const phoneTail = String(Math.floor(Math.random() * 10_000)).padStart(4, "0");
  const phone = `010-${5000 + Math.floor(Math.random() * 4999)}-${phoneTail}`;

  await signInWithKakao(page, { kakaoId, nickname: "새회원" });
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { name: "가입 정보 입력" })).toBeVisible();

  // ── 본인인증 (local PortOne window): an under-19 is refused by the verified birth date ──
  await startIdentityVerification(page, { realName, phone, birthDate: seoulDateYearsAgo(18), gender: "F" }, { distinct: true });
  await expect(page.getByRole("alert").first()).toContainText("만 19세 이상만 가입할 수 있어요");
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("button", { name: "동의하고 가입하기" })).toHaveCount(0);

  await verifyIdentity(page, { realName, phone, birthDate: "1993-05-17", gender: "F" }, { distinct: true });
  await expect(page.getByText(realName)).toBeVisible();
  await page.getByRole("checkbox", { name: /이용약관 동의/ }).check();
  await page.getByRole("checkbox", { name: /개인정보 수집·이용 동의/ }).check();
  await page.getByRole("checkbox", { name: /환불정책 동의/ }).check();
  await page.getByRole("checkbox", { name: /만 19세 이상입니다/ }).check();
  await page.getByRole("button", { name: "동의하고 가입하기" }).click();
  await expect(page).toHaveURL(/\/profile\?welcome=1$/);
  await expect(page.getByRole("status").first()).toContainText("가입을 환영해요");

  // ── profile ──
  await expect(page.getByLabel("출생연도")).toHaveValue("1993년");
  await expect(page.getByLabel("성별")).toHaveValue("여성");
  await page.getByLabel("닉네임").fill("봄날산책");
  await page.getByLabel("키 (cm)").fill("163");
  await page.getByLabel("지역", { exact: true }).selectOption("서울");
  await page.getByLabel("직업", { exact: true }).fill("디자이너");
  await page.getByLabel("자기소개", { exact: true }).fill("주말에는 카페에서 책을 읽고, 가끔 여행을 떠나요.");
  await page.getByRole("checkbox", { name: "여행", exact: true }).check();
  await page.getByRole("checkbox", { name: "카페투어", exact: true }).check();
  await page.getByRole("checkbox", { name: "키 공개" }).check();
  await page.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(page.getByText("프로필을 저장했어요.")).toBeVisible();

  // ── two photos (the manager appears once a profile exists) ──
  const addPhotos = page.getByLabel("사진 추가하기");
  await expect(addPhotos).toBeAttached();
  await addPhotos.setInputFiles([
    { name: "first.png", mimeType: "image/png", buffer: PNG_RED },
    { name: "second.png", mimeType: "image/png", buffer: PNG_BLUE },
  ]);
  await expect(page.getByRole("img", { name: /^사진 \d$/ })).toHaveCount(2);

  // ── preferences ──
  await page.goto("/preferences");
  await page.getByLabel("만나고 싶은 상대의 성별").selectOption("M");
  await page.getByLabel("최소 나이").fill("31");
  await page.getByLabel("최대 나이").fill("39");
  await page.getByRole("checkbox", { name: "서울", exact: true }).check();
  await page.getByRole("checkbox", { name: "경기", exact: true }).check();
  await page.getByRole("checkbox", { name: "여행", exact: true }).check();
  await page.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(page.getByText("이상형 조건을 저장했어요.")).toBeVisible();

  // ── reload: everything is still there ──
  await page.reload();
  await expect(page.getByLabel("만나고 싶은 상대의 성별")).toHaveValue("M");
  await expect(page.getByLabel("최소 나이")).toHaveValue("31");
  await expect(page.getByLabel("최대 나이")).toHaveValue("39");
  await expect(page.getByRole("checkbox", { name: "서울", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "경기", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "부산", exact: true })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "여행", exact: true })).toBeChecked();

  await page.goto("/profile");
  await page.reload();
  await expect(page.getByLabel("닉네임")).toHaveValue("봄날산책");
  await expect(page.getByLabel("키 (cm)")).toHaveValue("163");
  await expect(page.getByLabel("지역", { exact: true })).toHaveValue("서울");
  await expect(page.getByLabel("직업", { exact: true })).toHaveValue("디자이너");
  await expect(page.getByRole("checkbox", { name: "여행", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "카페투어", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "키 공개" })).toBeChecked();
  const photos = page.getByRole("img", { name: /^사진 \d$/ });
  await expect(photos).toHaveCount(2);
  // the images really load from storage (pre-signed GET URLs)
  for (const img of await photos.all()) await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);

  // ── /me: own identity (masked phone), completed steps; the API agrees ──
  await page.goto("/me");
  await expect(page.getByText(realName)).toBeVisible();
  await expect(page.getByText(`010-****-${phoneTail}`)).toBeVisible();
  await expect(page.getByText("매칭 전", { exact: true })).toBeVisible();
  const me = await (await page.request.get("/api/me")).json();
  expect(me.status).toBe("ACTIVE");
  expect(me.profile).toMatchObject({ nickname: "봄날산책", height: 163, region: "서울", keywords: ["여행", "카페투어"] });
  expect(me.profile.photos).toHaveLength(2);
  expect(me.preferences).toMatchObject({ targetGender: "M", ageMin: 31, ageMax: 39, regions: ["서울", "경기"], keywords: ["여행"] });
});

test("the legal pages show their version and effective date", async ({ page }) => {
  for (const [path, title] of [
    ["/terms", "이용약관"],
    ["/privacy", "개인정보처리방침"],
    ["/refund-policy", "환불정책"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("legal-version")).toContainText(/버전 \d{4}-\d{2}-\d{2} · 시행일/);
    await expect(page.getByRole("complementary", { name: "사업자 정보" })).toContainText("결혼중개업 신고번호");
  }
});
