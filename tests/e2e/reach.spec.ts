// Reaching members outside the app (issue 22): two fresh members (21 and 22 years old, so that at
// level 0 they are each other's only candidates among the seeded members, who are 25+) turn quiet
// hours off on /me/notifications (the run may be at night in Seoul), like each other, the delivery
// job runs (the cron endpoint), and the match's 알림톡 for each of them is on the local Solapi
// server's page. Set E2E_SCREENSHOTS=<dir> to save phone-sized screenshots of the settings page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { addApprovedPhoto, signInWithKakao, signUp } from "./fixtures";
import { DESKTOP, PHONE, screenshots } from "./steps";

const SOLAPI = `http://127.0.0.1:${process.env.SOLAPI_STUB_PORT ?? "4400"}`;
const CRON = { Authorization: "Bearer dev-only-insecure-secret-change-me-000000" };

const shot = screenshots("reach");
/** a number the local Solapi server delivers (…9999, …8888, …7777 and …6666 are its failure modes) */
const phones: string[] = [];
const phone = () => {
  const p = `010-${5000 + Math.floor(Math.random() * 4999)}-${1000 + Math.floor(Math.random() * 5000)}`;
  phones.push(p);
  return p;
};

async function member(browser: Browser, m: { realName: string; nickname: string; gender: "M" | "F"; birthDate: string; wants: "M" | "F" }) {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signUp(page, { realName: m.realName, phone: phone(), birthDate: m.birthDate, gender: m.gender });
  await page.getByLabel("닉네임").fill(m.nickname);
  await page.getByLabel("지역", { exact: true }).selectOption("서울");
  await page.getByLabel("직업", { exact: true }).fill("대학생");
  await page.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(page.getByText("프로필을 저장했어요.")).toBeVisible();
  await addApprovedPhoto(page, browser, m.nickname);
  await page.goto("/preferences");
  await page.getByLabel("만나고 싶은 상대의 성별").selectOption(m.wants);
  await page.getByLabel("최소 나이").fill("19");
  await page.getByLabel("최대 나이").fill("23");
  await page.getByRole("button", { name: "이상형 저장하기" }).click();
  await expect(page.getByText("이상형 조건을 저장했어요.")).toBeVisible();

  // notifications: quiet hours off, so the match message goes out now even at night in Seoul
  await page.goto("/me/notifications");
  await expect(page.getByRole("heading", { name: "알림 설정", level: 1 })).toBeVisible();
  await shot(page, `settings-${m.gender}-before`);
  // per kind: a service kind cannot lose its last channel (the page says why), a weekly one can
  const matchKakao = page.getByRole("checkbox", { name: "매칭 성사 카카오톡으로 받기" });
  await matchKakao.uncheck();
  await page.getByRole("button", { name: "알림 설정 저장하기" }).click();
  await expect(page.locator('[data-kind="MATCH_CREATED"]')).toContainText("한 가지 이상의 방법으로 받아야 해요");
  await shot(page, `settings-${m.gender}-required`);
  await matchKakao.check();
  await page.getByRole("checkbox", { name: "이번 주 추천 도착 카카오톡으로 받기" }).uncheck();
  await page.getByRole("checkbox", { name: /밤에는 조용히/ }).uncheck();
  await page.getByRole("button", { name: "알림 설정 저장하기" }).click();
  await expect(page.getByText("알림 설정을 저장했어요.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /밤에는 조용히/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "이번 주 추천 도착 카카오톡으로 받기" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "매칭 성사 카카오톡으로 받기" })).toBeChecked();
  await shot(page, `settings-${m.gender}-saved`);
  return page;
}

test("a mutual like of two fresh members: each one's match 알림톡 appears on the local Solapi page", async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = Math.floor(Math.random() * 10_000);
  const herName = `봄비${suffix}`;
  const hisName = `가을${suffix}`;
  const her = await member(browser, { realName: "이봄비", nickname: herName, gender: "F", birthDate: "2004-06-01", wants: "M" });
  const him = await member(browser, { realName: "박가을", nickname: hisName, gender: "M", birthDate: "2005-06-01", wants: "F" });

  // his first list: she is his one level-0 candidate
  await him.goto("/recommendations");
  const herCard = him.getByRole("article", { name: herName, exact: true }).first();
  await expect(herCard).toBeVisible({ timeout: 60_000 });
  await herCard.getByRole("button", { name: `${herName}님에게 좋아요` }).click();
  await expect(herCard.getByText("좋아요를 보냈어요")).toBeVisible();

  // she likes him back from 받은 좋아요 → the match
  await her.goto("/recommendations");
  const hisCard = her.getByRole("article", { name: hisName, exact: true }).first();
  await expect(hisCard).toBeVisible();
  await hisCard.getByRole("button", { name: `${hisName}님에게 좋아요` }).click();
  await expect(hisCard.getByText("매칭이 성사되었어요!")).toBeVisible();

  // the delivery job, as Vercel Cron / the scheduler would run it
  const run = await her.request.get("/api/cron/deliver-notifications", { headers: CRON });
  expect(run.status()).toBe(200);

  // the local Solapi server's page: one 알림톡 each, in the registered template's words
  const solapi = await (await browser.newContext(PHONE)).newPage();
  await solapi.goto(`${SOLAPI}/`);
  await expect(solapi.getByRole("heading", { name: "로컬 Solapi: 받은 알림톡·문자", level: 1 })).toBeVisible();
  for (const name of [herName, hisName]) {
    const item = solapi.getByRole("listitem").filter({ hasText: `${name}님, 매칭이 성사되었어요!` });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("템플릿 INY_MATCH_CREATED_V1");
    await expect(item).toContainText("접수됨");
  }
  await shot(solapi, "solapi-page");

  // the app server's log output of this run (scripts/stack.ts writes it to .tmp/e2e-server.log):
  // their sign-up, the match and both messages went through it, their numbers never did
  const log = readFileSync(path.resolve(".tmp", "e2e-server.log"), "utf8");
  expect(log).toContain("deliver-notifications");
  for (const p of phones) {
    expect(log).not.toContain(p);
    expect(log).not.toContain(p.replace(/-/g, ""));
  }
  expect(log).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[a-z]{2,}/);
});

test("an operator schedules a 광고 at 22:00 KST on /admin/marketing: it is listed to go out at 08:00 the next morning, audited", async ({ browser }) => {
  const page = await (await browser.newContext(DESKTOP)).newPage();
  await signInWithKakao(page, { account: "운영자" }, "/admin/marketing");
  await expect(page.getByRole("heading", { name: "광고 메시지", level: 1 })).toBeVisible();
  await expect(page.getByTestId("audience-consenting")).toHaveText(/^\d[\d,]*명$/);
  const title = `겨울 이벤트 ${Math.floor(Math.random() * 10_000)}`;
  await page.getByLabel("제목 (장문 문자·이메일 제목)").fill(title);
  const body = page.getByLabel("내용", { exact: true });
  // the template: "(광고) [인연] " first, the refusal line last; the message goes between them
  await expect(body).toHaveValue(/^\(광고\) \[인연\] [\s\S]*수신거부: 인연 > 내 정보 > 알림 설정$/);
  await body.fill("(광고) [인연] 이번 주말 첫 만남 이벤트를 열어요.\n\n수신거부: 인연 > 내 정보 > 알림 설정");
  await expect(page.getByRole("list", { name: "광고 문자 규칙" }).getByText("✗")).toHaveCount(0);
  // tomorrow in Seoul, 22:00
  const tomorrow = new Date(Date.now() + 9 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("보낼 날짜").fill(tomorrow);
  await page.getByLabel("시각 (한국 시간)").fill("22:00");
  await expect(page.getByTestId("campaign-when")).toContainText("다음 날 오전 8시에 보냅니다");
  await shot(page, "admin-marketing-compose");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "예약하기" }).click();
  await expect(page.getByText(/광고 메시지를 예약했습니다\. .*08:00에/)).toBeVisible();
  const row = page.getByTestId("campaign-row").filter({ hasText: title });
  await expect(row).toContainText("예약됨");
  await expect(row).toContainText("08:00");
  await shot(page, "admin-marketing-scheduled");
  // the form starts over (no second campaign by a second tap), and the audit log has the scheduling
  await expect(page.getByLabel("제목 (장문 문자·이메일 제목)")).toHaveValue("");
  await page.goto("/admin/audit?action=MARKETING_CAMPAIGN_SCHEDULED");
  await expect(page.getByRole("row").filter({ hasText: title }).getByRole("link", { name: "광고 메시지 예약" })).toBeVisible();
});
