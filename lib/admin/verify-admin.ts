// GET /api/admin/verify: confirms the caller is an admin, for frontends
// that hold an app JWT and want to know before showing the console.
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";

export const verifyAdminOperation = defineOperation({
  method: "GET",
  path: "/api/admin/verify",
  access: "admin",
  tag: "admin",
  summary: "관리자 토큰 확인",
  output: z.object({ ok: z.literal(true), userId: z.uuid(), role: z.literal("ADMIN") }),
  run: async ({ actor }) => ({ ok: true as const, userId: actor.userId, role: "ADMIN" as const }),
});
