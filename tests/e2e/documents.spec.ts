// Document badges (docs/documents.md) end to end: a new member uploads a 학력 certificate (an image)
// and a 혼인관계 certificate (a PDF) from /me/documents on a phone, a renamed executable is refused
// by its content; the operator opens each in the document queue (audited) and approves it with the
// fact it proves by one key press; the member sees the badges on /me/documents and /me.
// Set E2E_SCREENSHOTS=<dir> to save the screenshots (phone 390×844 for the member, desktop for the queue).
import { expect, test } from "@playwright/test";
import { randomPhone, signInWithKakao, signUp } from "./fixtures";
import { screenshots } from "./steps";

const shot = screenshots("documents");

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** a Windows executable's header, renamed to .pdf */
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.from("This program cannot be run in DOS mode.PE\0\0")]);

/** a scanned-certificate-like PNG */
async function certificate(): Promise<Buffer> {
  const sharp = (await import("sharp")).default;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="840"><rect width="600" height="840" fill="#fdfcf7"/>
    <rect x="30" y="30" width="540" height="780" fill="none" stroke="#8a7a50" stroke-width="6"/>
    <text x="300" y="150" font-size="40" text-anchor="middle" font-family="serif" fill="#333">DIPLOMA</text>
    <text x="300" y="260" font-size="22" text-anchor="middle" font-family="serif" fill="#555">Bachelor of Arts</text>
    <rect x="120" y="340" width="360" height="14" fill="#ccc"/><rect x="120" y="380" width="300" height="14" fill="#ccc"/>
    <circle cx="450" cy="660" r="60" fill="none" stroke="#c33" stroke-width="6"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

test("a member uploads documents, the operator approves them with their facts, the badges show", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const me = await context.newPage();
  const nickname = `서류${Math.floor(Math.random() * 100_000)}`;
  await signUp(me, { realName: "김인증", phone: randomPhone(), birthDate: "1991-04-12", gender: "F" });
  await me.getByLabel("닉네임").fill(nickname);
  await me.getByLabel("지역", { exact: true }).selectOption("서울");
  await me.getByRole("button", { name: "프로필 저장하기" }).click();
  await expect(me.getByText("프로필을 저장했어요.")).toBeVisible();

  // ── upload ──
  await me.goto("/me");
  await me.getByRole("link", { name: "서류로 인증하기" }).click();
  await expect(me).toHaveURL(/\/me\/documents$/);
  await me.getByLabel("학력 서류 파일").setInputFiles({ name: "졸업증명서.png", mimeType: "image/png", buffer: await certificate() });
  await expect(me.locator("[data-document-kind=EDUCATION] [data-document-status=PENDING]")).toBeVisible();
  await me.getByLabel("혼인관계 서류 파일").setInputFiles({ name: "혼인관계증명서.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(me.locator("[data-document-kind=MARITAL] [data-document-status=PENDING]")).toBeVisible();
  // a renamed executable: the browser calls it a PDF, the server reads the bytes
  await me.getByLabel("소득 서류 파일").setInputFiles({ name: "원천징수영수증.pdf", mimeType: "application/pdf", buffer: EXE });
  await expect(me.locator("[data-document-kind=INCOME]").getByRole("alert")).toContainText("파일 이름이 아니라 내용으로 확인해요");
  await expect(me.locator("[data-document-kind=INCOME]")).toContainText("아직 올린 서류가 없어요");
  await shot(me, "01-upload-pending");

  // ── the operator's queue (desktop) ──
  const operator = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInWithKakao(operator, { account: "운영자" }, "/admin");
  await expect(operator.getByRole("region", { name: "검토 대기열" }).getByText("서류 검토 대기")).toBeVisible();
  await operator.getByRole("region", { name: "검토 대기열" }).getByRole("link", { name: /^서류 검토 대기 \d+건$/ }).click();
  await expect(operator).toHaveURL(/\/admin\/documents$/);
  await expect(operator.getByText("단축키:")).toBeVisible();
  const figure = operator.getByRole("figure");
  for (let i = 0; i < 100 && !(await figure.getByText(nickname).isVisible()); i++) await operator.keyboard.press("j");
  await expect(figure.getByText(nickname)).toBeVisible();
  // the oldest of hers first: the 학력 image, opened through the audited view
  await expect(figure.getByText("학력", { exact: true })).toBeVisible();
  await expect(figure.getByRole("img", { name: "학력 서류" })).toBeVisible();
  await shot(operator, "02-admin-queue");
  await operator.keyboard.press("3"); // 4년제 대학 졸업
  await expect(operator.getByText("이 화면에서 1건 처리")).toBeVisible();
  await expect(figure.getByText("혼인관계", { exact: true })).toBeVisible();
  await expect(figure.getByRole("link", { name: /PDF 새 창에서 열기/ })).toBeVisible();
  await operator.keyboard.press("1"); // 미혼
  await expect(operator.getByText("이 화면에서 2건 처리")).toBeVisible();
  await expect(operator.getByText("· 저장 중…")).toHaveCount(0);
  // every opening and every decision on her two documents is in the audit log
  const { documents } = await (await me.request.get("/api/documents")).json();
  const submitted = documents.filter((d: { status: string }) => d.status === "APPROVED");
  expect(submitted).toHaveLength(2);
  for (const doc of submitted as { id: string }[]) {
    await operator.goto(`/admin/audit?targetId=${doc.id}`);
    const log = operator.getByRole("table");
    await expect(log.getByRole("link", { name: "인증 서류 열람" }).first()).toBeVisible();
    await expect(log.getByRole("link", { name: "인증 서류 승인" })).toHaveCount(1);
  }
  await operator.context().close();

  // ── the member's badges ──
  await me.reload();
  await expect(me.locator("[data-document-kind=EDUCATION] [data-document-status=APPROVED]")).toContainText("4년제 대학 졸업");
  const badges = me.getByRole("list", { name: "인증 배지" });
  await expect(badges.getByText("학력 인증 · 4년제 대학 졸업")).toBeVisible();
  await expect(badges.getByText("혼인관계 인증 · 미혼")).toBeVisible();
  await shot(me, "03-badges");
  await me.goto("/me");
  await expect(me.getByTestId("me-badges").getByText("학력 인증 · 4년제 대학 졸업")).toBeVisible();
  await shot(me, "04-me");
  await me.goto("/notifications");
  await expect(me.getByText("학력 배지가 생겼어요", { exact: true })).toBeVisible();
  await context.close();
});
