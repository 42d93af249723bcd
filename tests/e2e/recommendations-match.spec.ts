// Recommendations → likes → match, between two members this test makes (tests/e2e/members.ts): she
// is made first, he second in the same pocket, so his first list holds her; he likes her card, she
// finds him under 받은 좋아요 and likes back, and both see the pending match ("결제 대기").
import { expect, test } from "@playwright/test";
import { newMember, operatorPage, pocket } from "./members";

test("two members like each other from their lists and both see the pending match", async ({ browser }) => {
  test.setTimeout(180_000);
  const operator = await operatorPage(browser);
  const where = pocket();
  const her = await newMember(browser, { gender: "F", pocket: where, operator });
  const him = await newMember(browser, { gender: "M", pocket: where, operator });
  await operator.context().close();

  // his first list arrives (the page refreshes itself while it is picked) and holds her
  await him.page.goto("/recommendations");
  await expect(him.page.getByRole("heading", { name: "이번 주 추천", level: 1 })).toBeVisible();
  const herCard = him.page.getByRole("article", { name: her.nickname, exact: true });
  await expect(herCard, `${her.nickname}님이 같은 조건의 새 회원 첫 추천에 없습니다`).toBeVisible({ timeout: 60_000 });
  await herCard.getByRole("button", { name: `${her.nickname}님에게 좋아요` }).click();
  await expect(herCard.getByText("좋아요를 보냈어요")).toBeVisible();

  // she sees him (받은 좋아요, or her own list) and likes back → a match
  await her.page.goto("/recommendations");
  const hisCard = her.page.getByRole("article", { name: him.nickname, exact: true }).first();
  await expect(hisCard).toBeVisible({ timeout: 60_000 });
  await hisCard.getByRole("button", { name: `${him.nickname}님에게 좋아요` }).click();
  await expect(hisCard.getByText("매칭이 성사되었어요!")).toBeVisible();
  await hisCard.getByRole("link", { name: "매칭 보기" }).click();
  await expect(her.page).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  await expect(her.page.getByRole("heading", { name: `${him.nickname}님과의 매칭` })).toBeVisible();
  await expect(her.page.getByText("결제 대기").first()).toBeVisible();
  await expect(her.page.getByText(/\d{4}\. \d{1,2}\. \d{1,2}\.까지 매칭 이용료를 결제해 주세요/)).toBeVisible();

  await her.page.goto("/matches");
  const herMatch = her.page.getByRole("link", { name: new RegExp(him.nickname) });
  await expect(herMatch).toContainText("결제 대기");

  // he sees the same match
  await him.page.goto("/matches");
  const hisMatch = him.page.getByRole("link", { name: new RegExp(her.nickname) });
  await expect(hisMatch).toContainText("결제 대기");
  await hisMatch.click();
  await expect(him.page.getByRole("heading", { name: `${her.nickname}님과의 매칭` })).toBeVisible();
  await her.page.context().close();
  await him.page.context().close();
});
