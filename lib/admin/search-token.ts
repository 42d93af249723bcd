// POST /api/admin/users/search: the member search by phone number or real name without the term in
// the URL (browser history, proxy and access logs). The term is sealed (AES-GCM with the PII key)
// into a short-lived opaque token `q`; the list and the CSV export open it (withSearchToken). Other
// filters are not personal data and stay readable in the URL.
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { strictObject } from "@/lib/core/parse";
import { decryptPii, encryptPii } from "@/lib/crypto/pii";

export const SEARCH_TOKEN_TTL_MS = 30 * 60_000;

export function sealSearch(query: string, now = new Date()): string {
  return Buffer.from(encryptPii(JSON.stringify({ q: query, exp: now.getTime() + SEARCH_TOKEN_TTL_MS })), "utf8").toString("base64url");
}

export function openSearch(token: string, now = new Date()): string | null {
  try {
    const { q, exp } = JSON.parse(decryptPii(Buffer.from(token, "base64url").toString("utf8"))) as { q?: unknown; exp?: unknown };
    return typeof q === "string" && typeof exp === "number" && exp > now.getTime() ? q : null;
  } catch {
    return null;
  }
}

/** the filters with a token's term as `query` (an expired or forged token is a 422, not an empty list) */
export function withSearchToken<T extends { query?: string; q?: string }>(input: T, now = new Date()): Omit<T, "q"> {
  const { q, ...rest } = input;
  if (!q) return rest;
  const query = openSearch(q, now);
  if (!query) throw new AppError("VALIDATION_FAILED", "검색이 만료되었습니다. 검색어를 다시 입력해 주세요.", { fields: { q: ["검색이 만료되었습니다."] } });
  return { ...rest, query };
}

const FILTER_KEYS = ["status", "gender", "membership", "paid", "matched", "ageMin", "ageMax", "region", "sort"];

export const ZSearchBody = strictObject({
  query: z.string().trim().max(100, "검색어는 100자 이하로 입력해 주세요.").optional(),
  /** the other (non-personal) filters as a query string, kept in the URL as they are */
  filters: z.string().max(1000).optional(),
});
const ZSearchResult = z.object({ q: z.string().nullable(), expiresAt: z.string().nullable(), location: z.string() });

export async function createSearch({ input, now = new Date() }: { input: z.infer<typeof ZSearchBody>; now?: Date }): Promise<z.input<typeof ZSearchResult>> {
  const given = new URLSearchParams(input.filters ?? "");
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = given.get(k);
    if (v) params.set(k, v.slice(0, 50));
  }
  const q = input.query ? sealSearch(input.query, now) : null;
  if (q) params.set("q", q);
  const qs = params.toString();
  return { q, expiresAt: q ? new Date(now.getTime() + SEARCH_TOKEN_TTL_MS).toISOString() : null, location: `/admin/users${qs ? `?${qs}` : ""}` };
}

export const createSearchOperation = defineOperation({
  method: "POST",
  path: "/api/admin/users/search",
  access: "admin",
  tag: "admin",
  summary: "회원 검색어 봉인 (휴대폰 번호·실명이 URL에 남지 않는 짧은 수명의 검색 토큰)",
  body: ZSearchBody,
  output: ZSearchResult,
  run: createSearch,
});
