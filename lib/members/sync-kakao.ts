// POST /api/auth/sync-kakao use case: a Kakao access token in, the verified member and an app JWT out.
import { signAppJwt } from "@/lib/auth/app-jwt";
import { fetchKakaoIdentity } from "./kakao-api";
import { toUserDto } from "./schemas";
import { upsertKakaoMember } from "./upsert-kakao-member";

export async function syncKakao({ accessToken }: { accessToken: string }) {
  const identity = await fetchKakaoIdentity(accessToken);
  const user = await upsertKakaoMember(identity);
  const jwt = await signAppJwt({ sub: user.id, role: user.role });
  return { jwt, user: toUserDto(user) };
}
