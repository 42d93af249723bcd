// Kakao's unlink callback (POST or GET {app}/api/webhooks/kakao/unlink): Kakao authenticates with
// `Authorization: KakaoAK <admin key>` and names the member by `user_id`. The linked member is
// withdrawn (a member who can no longer sign in with Kakao cannot use the service); unknown ids are fine.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { secretsEqual } from "@/lib/crypto/constant-time";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { withdrawMember } from "./withdraw-member";

/** Constant-time check of `Authorization: KakaoAK <KAKAO_ADMIN_KEY>`. */
export function isKakaoAdminAuthorization(header: string | null): boolean {
  const m = /^KakaoAK\s+(.+)$/.exec(header?.trim() ?? "");
  const presented = m?.[1]?.trim() ?? "";
  return secretsEqual(presented, env.KAKAO_ADMIN_KEY);
}

export const ZKakaoUnlinkPayload = z.object({
  app_id: z.string().regex(/^\d{1,20}$/, "app_id가 올바르지 않습니다.").optional(),
  user_id: z.string({ error: "user_id가 필요합니다." }).regex(/^[1-9]\d{0,19}$/, "user_id가 올바르지 않습니다."),
  referrer_type: z.string().max(64).optional(),
});
export type KakaoUnlinkPayload = z.infer<typeof ZKakaoUnlinkPayload>;

export async function handleKakaoUnlink(payload: KakaoUnlinkPayload) {
  const user = await prisma.user.findUnique({ where: { kakaoId: payload.user_id }, select: { id: true } });
  if (!user) {
    logger.info({ referrerType: payload.referrer_type }, "kakao unlink for an unknown user");
    return { ok: true as const };
  }
  await withdrawMember({ userId: user.id, reason: "KAKAO_UNLINK" });
  logger.info({ userId: user.id, referrerType: payload.referrer_type }, "kakao unlink: member withdrawn");
  return { ok: true as const };
}
