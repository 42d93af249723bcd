// Rough edges a new member or an operator met (issue 23), each pinned: the admin match list shows a
// payment deadline only on a pending match; the active match says "확인해 보세요" only when a number
// is shown, else whose consent is missing; every member route has a loading skeleton.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchDeadlineText } from "@/lib/admin/match-deadline";
import { activeMatchMessage } from "@/lib/matching/contact-message";

describe("admin match list deadline", () => {
  const base = { expiresAt: "2026-12-20T00:00:00.000Z", closedAt: null, closedReason: null };
  it("a pending match shows its payment deadline", () => expect(matchDeadlineText({ ...base, status: "PENDING" })).toContain("결제 기한"));
  it("an active match shows no deadline", () => {
    const t = matchDeadlineText({ ...base, status: "ACTIVE" });
    expect(t).not.toContain("기한");
    expect(t).not.toMatch(/\d{4}\./);
  });
  it("a closed match says it ended", () => expect(matchDeadlineText({ ...base, status: "CLOSED", closedAt: base.expiresAt, closedReason: "EXPIRED" })).toContain("종료"));
});

describe("active match contact line", () => {
  it("points to the contact only when a number is visible", () => {
    expect(activeMatchMessage({ mine: true, partner: true, visible: true })).toContain("연락처를 확인해 보세요");
    for (const s of [{ mine: false, partner: false }, { mine: true, partner: false }, { mine: false, partner: true }, { mine: true, partner: true }]) {
      expect(activeMatchMessage({ ...s, visible: false })).not.toContain("확인해 보세요");
    }
  });
  it("says whose consent is missing", () => {
    expect(activeMatchMessage({ mine: false, partner: true, visible: false })).toContain("회원님이");
    expect(activeMatchMessage({ mine: true, partner: false, visible: false })).toContain("상대방이 아직");
    expect(activeMatchMessage({ mine: false, partner: false, visible: false })).toContain("두 분 모두");
  });
});

describe("member routes", () => {
  it("have a loading skeleton (the (member) group's loading.tsx covers every route below it)", () => {
    const file = path.join(process.cwd(), "app/(member)/loading.tsx");
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toContain('aria-busy="true"');
  });
});
