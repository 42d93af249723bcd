// The admin console flow with the seeded demo accounts: the demo admin finds a member by
// phone (seeded phones: 010-0000-000N for demo account N), writes a memo, matches two members by
// hand, bans a member reported by another (who is then refused at sign-in and gone from the
// reporter's recommendations), and exports the filtered member list as CSV. Everything it changes is
// put back at the end (unmatch, unban) so the other specs see the seed as it was.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInWithKakao } from "./fixtures";

async function signedIn(browser: Browser, account: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithKakao(page, { account }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace("?", "\\?")}$`));
  return page;
}

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

test("the demo admin works a member: search, memo, manual match, ban a reported member, CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, "운영자", "/admin");
  admin.on("dialog", (d) => d.accept());

  // find 지우 (demo account 4) by phone and write a memo
  const jiwooId = await openByPhone(admin, "010-0000-0004");
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("요리하는지우");
  const memo = `E2E 메모 ${Date.now()}`;
  await admin.getByLabel("관리자 메모").fill(memo);
  await admin.getByRole("button", { name: "메모 저장" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "메모를 저장했습니다" })).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel("관리자 메모")).toHaveValue(memo);

  // match her by hand with her best candidate, then undo it
  await admin.getByRole("link", { name: "수동 매칭 후보 보기" }).click();
  await admin.getByRole("button", { name: "매칭하기" }).first().click();
  await expect(admin.getByRole("status").filter({ hasText: "매칭을 만들었습니다" })).toBeVisible();
  await admin.goto(`/admin/matches?userId=${jiwooId}&status=PENDING`);
  await expect(admin.locator("tbody tr").filter({ hasText: "관리자" })).toHaveCount(1);
  await admin.getByRole("button", { name: "매칭 해제" }).first().click();
  await expect(admin.getByRole("status").filter({ hasText: "매칭을 해제했습니다" })).toBeVisible();

  // 하준 (5) reports 하은 (6); the admin bans her from the report queue
  const haeunId = await openByPhone(admin, "010-0000-0006");
  const hajun = await signedIn(browser, "하준", "/recommendations");
  const reported = await hajun.request.post("/api/reports", { data: { userId: haeunId, reason: "HARASSMENT", detail: "E2E 신고" } });
  expect(reported.status()).toBeLessThan(300);
  await admin.goto("/admin/reports");
  const card = admin.locator("section").filter({ hasText: "맛집찾는하은" }).filter({ hasText: "미처리" }).first();
  await card.getByLabel("처리 결과").selectOption("BAN");
  await card.getByRole("button", { name: "처리" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "이용정지했습니다" })).toBeVisible();

  // she is refused at sign-in, and gone from 하준's recommendations
  const haeun = await (await browser.newContext()).newPage();
  await signInWithKakao(haeun, { account: "하은" });
  await expect(haeun.getByRole("alert").filter({ hasText: "이용이 정지" })).toBeVisible();
  await hajun.reload();
  await expect(hajun.getByRole("article", { name: "하은", exact: true })).toHaveCount(0);
  const api = await hajun.request.get("/api/recommendations");
  expect(JSON.stringify(await api.json())).not.toContain(haeunId);

  // export the filtered list (women) as CSV: BOM, Korean header, only women
  await admin.goto("/admin/users?gender=F");
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: /CSV 내려받기/ }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(lines[0]).toContain("회원ID,카카오ID,닉네임,성별");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.split(",")[3] === "여")).toBe(true);

  // put the seed back: unban 하은
  await admin.goto(`/admin/users/${haeunId}`);
  await admin.getByRole("button", { name: "이용정지 해제" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "이용정지를 해제했습니다" })).toBeVisible();
});
