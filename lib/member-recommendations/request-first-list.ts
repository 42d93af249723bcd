// POST /api/recommendations/first-list use case: a member without a list asks for their first one.
// /recommendations does it once while it shows "고르고 있어요": it redoes a top-up lost with a crashed
// instance and is a no-op while one runs or once the list exists (cheap precheck first:
// top-up-first-list.ts). A write, so it is an operation the page calls, never part of a GET render.
// Answers when the top-up that includes the member is done, with the state after it.
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { firstListState, requestFirstList } from "@/lib/recommendations/top-up-first-list";

export const ZFirstListResponse = z.object({ state: z.enum(["INCOMPLETE", "NEEDS_PHOTO", "WAITING_FOR_WEEK", "PREPARING", "HAS_LIST"]) });

export async function requestMyFirstList({ actor }: { actor: Actor }): Promise<z.infer<typeof ZFirstListResponse>> {
  await requestFirstList(actor.userId);
  const { state } = await firstListState(actor.userId);
  return { state };
}

export const requestFirstListOperation = defineOperation({
  method: "POST",
  path: "/api/recommendations/first-list",
  access: "member",
  tag: "matching",
  summary: "첫 추천 요청: 프로필과 이상형을 마친 회원에게 이번 주 목록이 없으면 지금 골라 줌 (이미 있으면 그대로)",
  output: ZFirstListResponse,
  // each call may load the week's pool: a member needs one, a page refresh loop a few
  rateLimit: { name: "first-list", limit: 10, windowMs: 60_000, by: "actor" },
  run: requestMyFirstList,
});
