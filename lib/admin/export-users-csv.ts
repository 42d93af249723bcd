// GET /api/admin/users/export.csv: the members of the current filter as a CSV file Excel opens
// correctly in Korean (UTF-8 with BOM, CRLF, quoted fields), streamed in keyset batches so 100k rows
// never sit in memory. No PII columns (phone, real name, birth date): a file leaves the system, and
// an admin reveals a member's PII one at a time, audited (reveal-pii.ts). Rate-limited per admin and
// audited (one USERS_EXPORTED row with the filter, written before the first byte).
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { STATUS_LABEL, TIER_LABEL } from "@/lib/core/labels";
import { logger } from "@/lib/logger";
import { prisma } from "@/lib/db";
import { recordAdminAction } from "@/lib/core/audit";
import { selectUsers, toUserListItem, type Keyset } from "./user-query";
import { withSearchToken } from "./search-token";
import { ADMIN_MARRIAGE_FIELDS, ZUserFilters, type UserFilters, type UserListItem } from "./schemas";
import { MARRIAGE_FIELDS } from "@/lib/profiles/constants";
import { formatSeoulSortable } from "@/lib/core/seoul-time";

const BATCH = 2000;
// the spreadsheet column keeps the short form (남/여), unlike the screens (GENDER_LABEL: 남성/여성)
const CSV_GENDER = { M: "남", F: "여" } as const;

const COLUMNS: [string, (u: UserListItem) => string | number | null][] = [
  ["회원ID", (u) => u.id],
  ["카카오ID", (u) => u.kakaoId],
  ["닉네임", (u) => u.nickname],
  ["성별", (u) => (u.gender ? CSV_GENDER[u.gender] : null)],
  ["나이", (u) => u.age],
  ["지역", (u) => u.region],
  // the marriage profile, in words; the income band never leaves the member detail page
  ...ADMIN_MARRIAGE_FIELDS.map((k): [string, (u: UserListItem) => string | null] => [MARRIAGE_FIELDS[k].name, (u) => (u[k] ? MARRIAGE_FIELDS[k].labels[u[k]] : null)]),
  ["상태", (u) => STATUS_LABEL[u.status]],
  ["회원등급", (u) => TIER_LABEL[u.membershipTier]],
  ["등급만료일", (u) => kst(u.membershipExpiresAt)],
  ["결제여부", (u) => (u.paid ? "Y" : "N")],
  ["매칭횟수", (u) => u.matchingCount],
  ["상담횟수", (u) => u.consultationCount],
  ["최근상담일", (u) => kst(u.lastConsultationAt)],
  ["가입일", (u) => kst(u.createdAt)],
];

const kst = (iso: string | null): string | null => (iso ? formatSeoulSortable(iso) : null);

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so Excel never runs it as a formula. */
export function csvField(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const line = (fields: (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;

/** The CSV as a byte stream: BOM + header, then one batch per pull. */
export function usersCsvStream(filters: UserFilters, now = new Date()): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: Keyset | null = null;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${line(COLUMNS.map(([h]) => h))}`));
        return;
      }
      if (done) return controller.close();
      try {
        const rows = await selectUsers(filters, { after, limit: BATCH, now });
        if (rows.length < BATCH) done = true;
        if (rows.length > 0) {
          const last = rows[rows.length - 1];
          after = { at: last.createdAt, id: last.id };
          controller.enqueue(encoder.encode(rows.map((r) => line(COLUMNS.map(([, get]) => get(toUserListItem(r, now))))).join("")));
        }
        if (done) controller.close();
      } catch (err) {
        logger.error({ err: err instanceof Error ? err.message : String(err) }, "users csv export failed mid-stream");
        controller.error(err);
      }
    },
  });
}

const auditFilter = ({ query, ...rest }: Omit<UserFilters, "q">) => ({ ...rest, ...(query ? { query: "(검색어)" } : {}) });

export async function exportUsersCsv({ actor, input: raw, now = new Date() }: { actor: Actor; input: UserFilters; now?: Date }): Promise<Response> {
  const input = withSearchToken(raw, now);
  // the audit row keeps the filters, never the search term (a phone number or a real name)
  await recordAdminAction(prisma, { adminId: actor.userId, action: "USERS_EXPORTED", targetType: "User", detail: { filter: auditFilter(input) } });
  const day = formatSeoulSortable(now).slice(0, 10).replaceAll("-", "");
  const name = `회원목록_${day}.csv`;
  return new Response(usersCsvStream(input, now), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="inyeon-members-${day}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

export const exportUsersCsvOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users/export.csv",
  access: "admin",
  tag: "admin",
  summary: "현재 필터의 회원 목록 CSV 내려받기 (UTF-8 BOM, 엑셀용; 개인정보 제외)",
  query: ZUserFilters,
  output: z.string(),
  file: { contentType: "text/csv" },
  rateLimit: { name: "admin-users-export", limit: 10, windowMs: 10 * 60_000, by: "actor" },
  run: exportUsersCsv,
});
