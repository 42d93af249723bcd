// The admin console with members this test makes (tests/e2e/members.ts; seeded phones are never
// touched): the operator finds a member by phone, writes a memo, matches her by hand with a
// candidate and undoes it, bans a member another reported (she is then refused at sign-in and gone
// from another member's list), lifts the ban, and exports the filtered member list as CSV.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";
import { newMember, operatorPage, pocket } from "./members";

async function openByPhone(admin: Page, phone: string): Promise<string> {
  await admin.goto("/admin/users");
  await admin.getByLabel("검색어").fill(phone);
  await admin.getByRole("button", { name: "검색" }).click();
  const rows = admin.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("link").first().click();
  await expect(admin).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  return admin.url().split("/").pop()!;
}

test("the operator works members: search, memo, manual match, ban a reported member, CSV", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await operatorPage(browser);
  admin.on("dialog", (d) => d.accept());
  const where = pocket();
  const her = await newMember(browser, { gender: "F", pocket: where, operator: admin });
  const reported = await newMember(browser, { gender: "F", pocket: where, operator: admin });
  const him = await newMember(browser, { gender: "M", pocket: where, operator: admin });
  const witness = await newMember(browser, { gender: "M", pocket: where, operator: admin });

  // find her by phone and write a memo
  expect(await openByPhone(admin, her.phone)).toBe(her.id);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(her.nickname);
  const memo = `E2E 메모 ${Date.now()}`;
  await admin.getByLabel("관리자 메모").fill(memo);
  await admin.getByRole("button", { name: "메모 저장" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "메모를 저장했습니다" })).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel("관리자 메모")).toHaveValue(memo);

  // match her by hand with him (a candidate of hers), then undo it
  await admin.getByRole("link", { name: "수동 매칭 후보 보기" }).click();
  const candidate = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: him.nickname, exact: true }) });
  await candidate.getByRole("button", { name: "매칭하기" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "매칭을 만들었습니다" })).toBeVisible();
  await admin.goto(`/admin/matches?userId=${her.id}&status=PENDING`);
  const row = admin.locator("tbody tr").filter({ hasText: "관리자" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(him.nickname);
  await row.getByRole("button", { name: "매칭 해제" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "매칭을 해제했습니다" })).toBeVisible();

  // he has the other woman in his list and reports her; the operator bans her from the report queue
  await him.page.goto("/recommendations");
  await expect(him.page.getByRole("article", { name: reported.nickname, exact: true })).toBeVisible({ timeout: 60_000 });
  const report = await him.page.request.post("/api/reports", { data: { userId: reported.id, reason: "HARASSMENT", detail: "E2E 신고" } });
  expect(report.status()).toBeLessThan(300);
  await witness.page.goto("/recommendations");
  await expect(witness.page.getByRole("article", { name: reported.nickname, exact: true })).toBeVisible({ timeout: 60_000 });
  await admin.goto("/admin/reports");
  const card = admin.locator("section").filter({ hasText: reported.nickname }).filter({ hasText: "미처리" }).first();
  await card.getByLabel("처리 결과").selectOption("BAN");
  await card.getByRole("button", { name: "처리" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "이용정지했습니다" })).toBeVisible();

  // she is refused at sign-in, and gone from the list of a member who did not report her (page and API)
  const banned = await (await browser.newContext()).newPage();
  await signInWithKakao(banned, { kakaoId: reported.kakaoId, nickname: "새회원" });
  await expect(banned.getByRole("alert").filter({ hasText: "이용이 정지" })).toBeVisible();
  await witness.page.reload();
  await expect(witness.page.getByRole("article", { name: her.nickname, exact: true })).toBeVisible();
  await expect(witness.page.getByRole("article", { name: reported.nickname, exact: true })).toHaveCount(0);
  expect(JSON.stringify(await (await witness.page.request.get("/api/recommendations")).json())).not.toContain(reported.id);

  // the operator lifts the ban: she signs in again
  await admin.goto(`/admin/users/${reported.id}`);
  await admin.getByRole("button", { name: "이용정지 해제" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "이용정지를 해제했습니다" })).toBeVisible();
  await signInWithKakao(banned, { kakaoId: reported.kakaoId, nickname: "새회원" });
  await expect(banned).toHaveURL(/\/me$/);

  // export the filtered list (women) as CSV: BOM, Korean header, only women
  await admin.goto("/admin/users?gender=F");
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: /CSV 내려받기/ }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(lines[0]).toContain("회원ID,카카오ID,닉네임,성별");
  expect(lines.some((l) => l.startsWith(`${her.id},`))).toBe(true);
  expect(lines.slice(1).every((l) => l.split(",")[3] === "여")).toBe(true);
  for (const m of [her, reported, him, witness]) await m.page.context().close();
  await banned.context().close();
  await admin.context().close();
});
