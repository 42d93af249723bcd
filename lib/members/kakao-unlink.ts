// Kakao's unlink callback (POST or GET {app}/api/webhooks/kakao/unlink): Kakao authenticates with
// `Authorization: KakaoAK <admin key>` and names the member by `user_id`. The linked member is
// withdrawn (a member who can no longer sign in with Kakao cannot use the service); unknown ids are fine.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { secretsEqual } from "@/lib/crypto/constant-time";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { defineOperation } from "@/lib/core/operation";
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

export async function handleKakaoUnlink({ input: payload }: { input: KakaoUnlinkPayload }) {
  const user = await prisma.user.findUnique({ where: { kakaoId: payload.user_id }, select: { id: true } });
  if (!user) {
    logger.info({ referrerType: payload.referrer_type }, "kakao unlink for an unknown user");
    return { ok: true as const };
  }
  await withdrawMember({ userId: user.id, reason: "KAKAO_UNLINK" });
  logger.info({ userId: user.id, referrerType: payload.referrer_type }, "kakao unlink: member withdrawn");
  return { ok: true as const };
}

const unlinkDeclaration = {
  access: { webhook: "webhook:kakao", verify: (req: Request) => isKakaoAdminAuthorization(req.headers.get("authorization")), scheme: "kakaoAdminKey" },
  tag: "system",
  body: ZKakaoUnlinkPayload,
  bodyEncoding: "form",
  output: z.object({ ok: z.literal(true) }),
  run: handleKakaoUnlink,
} as const;

/** Kakao sends app_id, user_id and referrer_type as a form body (POST) or in the query string (GET). */
export const kakaoUnlinkPostOperation = defineOperation({ ...unlinkDeclaration, method: "POST", path: "/api/webhooks/kakao/unlink", summary: "카카오 연결 끊기 콜백: 연결된 회원 탈퇴 처리" });
export const kakaoUnlinkGetOperation = defineOperation({ ...unlinkDeclaration, method: "GET", path: "/api/webhooks/kakao/unlink", summary: "카카오 연결 끊기 콜백 (GET)" });
