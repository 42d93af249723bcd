// GET /api/admin/users: members by search
// and filters, newest first by default, keyset-paginated (see user-query.ts).
import type { Actor } from "@/lib/core/actor";
import { CURSOR_DESCRIPTION, encodeCursor } from "@/lib/core/cursor";
import { defineOperation } from "@/lib/core/operation";
import { countUsers, selectUsers, toUserListItem } from "./user-query";
import { withSearchToken } from "./search-token";
import { ZUserList, ZUserListQuery, type UserList, type UserListQuery } from "./schemas";

export const USERS_PAGE_SIZE = 50;

export async function listUsers({ input: raw, now = new Date() }: { actor: Actor; input: UserListQuery; now?: Date }): Promise<UserList> {
  const input = withSearchToken(raw, now);
  const limit = input.limit ?? USERS_PAGE_SIZE;
  const after = input.cursor ?? null;
  const page = after ? null : (input.page ?? 1);
  const offset = page ? (page - 1) * limit : 0;
  // one row more than the page tells whether another page follows, without a second query
  const [rows, total] = await Promise.all([selectUsers(input, { after, offset, limit: limit + 1, now }), after ? null : countUsers(input, now)]);
  const items = rows.slice(0, limit).map((r) => toUserListItem(r, now));
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { items, total: total?.count ?? null, totalCapped: total?.capped ?? false, nextCursor: last ? encodeCursor(last.createdAt, last.id) : null, page };
}

export const listUsersOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users",
  access: "admin",
  tag: "admin",
  summary: "회원 목록·검색 (닉네임, 카카오 ID, 휴대폰·실명 정확히 일치; 상태·성별·등급·결제·매칭·나이·지역 필터; 커서 페이지)",
  description: CURSOR_DESCRIPTION,
  query: ZUserListQuery,
  output: ZUserList,
  run: listUsers,
});
