// The templates module (lib/notifications/templates.ts) is the one source of every notification's
// words: every kind has a template for each of its variants, every #{변수} is declared and filled,
// codes are unique, variables hold nothing personal but the member's own nickname; and the timing
// rules (preferences.ts): 광고 never between 21:00 and 08:00 KST, quiet hours hold non-urgent kinds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { nextSeoulHour, seoulHour } from "@/lib/core/seoul-time";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schemas";
import { ALL_TEMPLATES, KIND_SPECS, renderNotification } from "@/lib/notifications/templates";
import { channelChain, DEFAULT_SETTING, earliestSend, primaryChannels } from "@/lib/notifications/preferences";

const KINDS = Object.values(NotificationKind);
/** payloads that reach every variant of every kind */
const SAMPLES: Record<string, string>[] = [
  {},
  { matchId: "00000000-0000-4000-8000-000000000001", paymentId: "p-1", expiresAt: "2026-12-08T03:00:00.000Z" },
  { reason: "first" },
  { reason: "EXPIRED", matchId: "m-1" },
  { reason: "MATCH_CLOSED" },
  { reason: "FACE_NOT_VISIBLE" },
  { reason: "UNREADABLE", kind: "EDUCATION" },
  { reason: "PROFILE_EDITED", kind: "EMPLOYMENT" },
  { decision: "RETRY_ALLOWED" },
  { when: "hour", bookingId: "b-1" },
  { change: "rescheduled", bookingId: "b-1", date: "2026-12-10" },
  { change: "cancelled", bookingId: "b-1" },
  ...["REFUNDED", "APPROVED", "REJECTED", "REQUESTED"].flatMap((status): Record<string, string>[] => [{ status }, { status, source: "PARTNER_WITHDRAWN", matchId: "m-2" }]),
];
/** the only values a variable may hold: the own nickname, a date, a fixed reason text, a badge name */
const ALLOWED_VARIABLES = new Set(["닉네임", "기한", "사유", "배지"]);

describe("templates declared once", () => {
  it("every notification kind (database enum and API enum) has a template", () => {
    expect(new Set(NOTIFICATION_KINDS)).toEqual(new Set(KINDS));
    for (const kind of KINDS) expect(Object.keys(KIND_SPECS[kind]?.templates ?? {}).length, kind).toBeGreaterThan(0);
  });

  it("every variant is reachable and renders with no variable left unfilled", () => {
    for (const kind of KINDS) {
      const used = new Set<string>();
      for (const payload of SAMPLES) {
        const r = renderNotification(kind, payload, "하늘");
        used.add(r.template.code);
        expect(r.body, `${kind} ${JSON.stringify(payload)}`).not.toMatch(/#\{/);
        expect(r.body.startsWith("하늘님") || r.body.includes("하늘님"), kind).toBe(true);
        expect(r.href.startsWith("/")).toBe(true);
      }
      for (const t of Object.values(KIND_SPECS[kind].templates)) expect(used, `${kind}: ${t.code} is never used`).toContain(t.code);
    }
  });

  it("the variables of a text are exactly the declared ones, nothing personal besides the nickname; codes are unique", () => {
    for (const t of ALL_TEMPLATES) {
      const inText = new Set([...t.text.matchAll(/#\{([^}]+)\}/g)].map((m) => m[1]));
      expect(inText, t.code).toEqual(new Set(t.variables));
      for (const v of t.variables) expect(ALLOWED_VARIABLES.has(v), `${t.code}: #{${v}}`).toBe(true);
      expect(t.text.length, t.code).toBeLessThanOrEqual(1000); // 알림톡 limit
    }
    expect(new Set(ALL_TEMPLATES.map((t) => t.code)).size).toBe(ALL_TEMPLATES.length);
  });

  it("광고 carries (광고) first and how to refuse, and never goes as 알림톡", () => {
    for (const t of Object.values(KIND_SPECS.MARKETING_NOTICE.templates)) {
      expect(t.text.startsWith("(광고)")).toBe(true);
      expect(t.text).toContain("수신거부");
    }
    const consented = { ...DEFAULT_SETTING, marketingConsentAt: new Date() };
    expect(channelChain("MARKETING_NOTICE", consented, new Set(["ALIMTALK", "SMS"]))).toEqual(["SMS"]);
    expect(primaryChannels("MARKETING_NOTICE", DEFAULT_SETTING, new Set(["ALIMTALK", "SMS", "LOG"]))).toEqual([]);
  });
});

describe("when a message may arrive", () => {
  const instant = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true });

  it("광고 is never due between 21:00 and 08:00 KST, and never before it was written", () => {
    fc.assert(
      fc.property(instant, (now) => {
        const due = earliestSend("MARKETING_NOTICE", DEFAULT_SETTING, now);
        const h = seoulHour(due);
        return due >= now && h >= 8 && h < 21 && due.getTime() - now.getTime() < 12 * 3_600_000;
      }),
    );
  });

  it("with quiet hours a non-urgent kind waits until 08:00; an urgent one and quiet hours off do not wait", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...KINDS.filter((k) => !KIND_SPECS[k].urgent && k !== "MARKETING_NOTICE")), (now, kind) => {
        const due = earliestSend(kind, DEFAULT_SETTING, now);
        const night = seoulHour(now) >= 21 || seoulHour(now) < 8;
        return night ? due.getTime() === nextSeoulHour(now, 8).getTime() : due.getTime() === now.getTime();
      }),
    );
    const at23 = new Date("2026-12-07T14:00:00Z"); // 23:00 KST
    expect(earliestSend("MATCH_EXPIRING", DEFAULT_SETTING, at23)).toEqual(at23);
    expect(earliestSend("MATCH_ACTIVATED", { quietHours: false }, at23)).toEqual(at23);
    expect(earliestSend("MATCH_ACTIVATED", DEFAULT_SETTING, at23)).toEqual(new Date("2026-12-07T23:00:00Z"));
  });
});
