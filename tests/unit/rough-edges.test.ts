// Rough edges a new member or an operator met (issue 23), each pinned: the admin match list shows a
// payment deadline only on a pending match; the active match says "확인해 보세요" only when a number
// is shown, else whose consent is missing; every member route has a loading skeleton; an empty
// recommendation list names only what is missing, and says at once when nobody fits and what to widen.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchDeadlineText } from "@/lib/admin/match-deadline";
import { activeMatchMessage } from "@/lib/matching/contact-message";
import { emptyStateFor } from "@/lib/member-recommendations/empty-state";
import type { MatchConditions } from "@/lib/member-recommendations/get-match-conditions";

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
  const member = path.join(process.cwd(), "app/(member)");
  const pagesBelow = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pagesBelow(path.join(dir, e.name)) : e.name === "page.tsx" ? [path.join(dir, e.name)] : []));

  it("have a loading skeleton: a loading.tsx, or — where a loading boundary would turn a 404 into a 200 — a Suspense skeleton after the 404 check", () => {
    const pages = pagesBelow(member);
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      const name = path.relative(member, page);
      const segments = path.relative(member, path.dirname(page)).split(path.sep);
      // the loading.tsx files that would wrap this page: its own folder and every folder above it (inside the group)
      const boundaries = segments.map((_, i) => path.join(member, ...segments.slice(0, i + 1), "loading.tsx")).concat(path.join(member, "loading.tsx"));
      const wrapped = boundaries.some((f) => existsSync(f));
      const source = readFileSync(page, "utf8");
      if (source.includes("notFound()")) {
        expect(wrapped, `${name} answers 404: no loading boundary may wrap it`).toBe(false);
        // the cheap existence/authorization check runs in the page itself, before the Suspense boundary
        // (so notFound() is thrown while the status can still be 404); the rest shows the skeleton
        const check = source.search(/if \(!\(await \w+VisibleTo\(/);
        const suspense = source.indexOf("<Suspense fallback={<MemberLoading />}>");
        expect(check, `${name}: a cheap *VisibleTo check before rendering`).toBeGreaterThan(0);
        expect(suspense, `${name}: the body inside <Suspense fallback={<MemberLoading />}>`).toBeGreaterThan(check);
      } else {
        expect(wrapped, `${name}: a loading.tsx above it`).toBe(true);
      }
    }
    for (const route of ["recommendations", "notifications", "profile", "preferences", "me", "consultations", "onboarding", "matches/(list)", "help/(home)", "checkout/success", "checkout/fail"]) {
      const file = path.join(member, route, "loading.tsx");
      expect(existsSync(file), route).toBe(true);
      expect(readFileSync(file, "utf8")).toContain("member-loading");
    }
    expect(readFileSync(path.join(process.cwd(), "components/ui/member-loading.tsx"), "utf8")).toContain('aria-busy="true"');
    // and a tap on the member tabs shows at once that the next page is coming (useLinkStatus)
    expect(readFileSync(path.join(process.cwd(), "components/members/member-nav.tsx"), "utf8")).toContain("<LinkPending />");
  });
});

describe("empty recommendations", () => {
  const now = new Date("2026-12-08T01:00:00Z");
  const base = { since: new Date(now.getTime() - 10_000), now, windowMs: 120_000, missing: [] as never[] };
  const open: MatchConditions = { missingProfileFields: [], strict: null, reach: { candidates: 40, admitted: 12, ageMin: 30, ageMax: 34 } };

  it("names only the missing steps", () => {
    expect(emptyStateFor({ ...base, state: "NEEDS_PHOTO", missing: ["PHOTO_PENDING"], conditions: open })).toEqual({ kind: "MISSING", missing: ["PHOTO_PENDING"] });
    expect(emptyStateFor({ ...base, state: "INCOMPLETE", missing: ["PREFERENCES", "PHOTO_NONE"], conditions: open })).toEqual({ kind: "MISSING", missing: ["PREFERENCES", "PHOTO_NONE"] });
    // nothing missing is never reported as missing
    expect(emptyStateFor({ ...base, state: "PREPARING", conditions: open })).toEqual({ kind: "PREPARING" });
  });

  it("says at once that nobody fits, with the '꼭' to relax or the age range to widen", () => {
    const strict: MatchConditions = {
      missingProfileFields: [],
      strict: { candidates: 40, admitted: 0, few: true, narrowest: { field: "RELIGION", label: "종교", excluded: 40 } },
      reach: { candidates: 40, admitted: 0, ageMin: 30, ageMax: 34 },
    };
    // 10 seconds after saving: not after the first-list window
    expect(emptyStateFor({ ...base, state: "PREPARING", conditions: strict })).toEqual({ kind: "NARROW", widen: { kind: "STRICT", field: "RELIGION", label: "종교" } });
    const nobody: MatchConditions = { missingProfileFields: [], strict: null, reach: { candidates: 0, admitted: 0, ageMin: 30, ageMax: 31 } };
    expect(emptyStateFor({ ...base, state: "PREPARING", conditions: nobody })).toEqual({ kind: "NARROW", widen: { kind: "AGE", ageMin: 30, ageMax: 31 } });
    // missing steps come first: a photo is the thing to do, not widening
    expect(emptyStateFor({ ...base, state: "NEEDS_PHOTO", missing: ["PHOTO_NONE"], conditions: nobody }).kind).toBe("MISSING");
  });

  it("after the window with people who fit: none found this time; a seen list: all seen", () => {
    expect(emptyStateFor({ ...base, since: new Date(now.getTime() - 300_000), state: "PREPARING", conditions: open })).toEqual({ kind: "NONE_FOUND" });
    expect(emptyStateFor({ ...base, state: "HAS_LIST", conditions: open })).toEqual({ kind: "ALL_SEEN" });
    expect(emptyStateFor({ ...base, state: "WAITING_FOR_WEEK", conditions: open })).toEqual({ kind: "WAITING_FOR_WEEK" });
  });
});
