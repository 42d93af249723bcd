// POST /api/auth/sync-kakao use case: a Kakao access token in, the verified member and an app JWT out.
import { z } from "zod";
import { signAppJwt } from "./app-jwt";
import { defineOperation } from "@/lib/core/operation";
import { fetchKakaoIdentity } from "@/lib/members/kakao-api";
import { toUserDto, ZSyncKakaoRequest, ZUserDto } from "@/lib/members/schemas";
import { upsertKakaoMember } from "@/lib/members/upsert-kakao-member";

export async function syncKakao({ input }: { input: { accessToken: string } }) {
  const identity = await fetchKakaoIdentity(input.accessToken);
  const user = await upsertKakaoMember(identity);
  const jwt = await signAppJwt({ sub: user.id, role: user.role });
  return { jwt, user: toUserDto(user) };
}

export const syncKakaoOperation = defineOperation({
  method: "POST",
  path: "/api/auth/sync-kakao",
  access: "public",
  tag: "auth",
  summary: "카카오 액세스 토큰을 카카오에서 검증한 뒤 회원 동기화, 앱 JWT 발급",
  body: ZSyncKakaoRequest,
  output: z.object({ jwt: z.string(), user: ZUserDto }),
  // token guessing and sign-up floods: 20 attempts per minute per client
  rateLimit: { name: "sync-kakao", limit: 20, windowMs: 60_000, by: "ip" },
  run: syncKakao,
});
