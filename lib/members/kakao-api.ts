// Kakao's user-info API (GET {KAKAO_API_BASE}/v2/user/me): the only proof of a Kakao identity
// the server accepts. Never trust a bare kakaoUserId from a client.
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/core/errors";

const ZKakaoUser = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(String),
  kakao_account: z
    .object({ profile: z.object({ nickname: z.string().optional(), profile_image_url: z.string().optional() }).partial().optional() })
    .partial()
    .optional(),
  properties: z.object({ nickname: z.string().optional() }).partial().optional(),
});

export type KakaoIdentity = { kakaoId: string; nickname: string | null; image: string | null };

export function kakaoIdentityFromProfile(raw: unknown): KakaoIdentity {
  const u = ZKakaoUser.parse(raw);
  const profile = u.kakao_account?.profile;
  return {
    kakaoId: u.id,
    nickname: profile?.nickname ?? u.properties?.nickname ?? null,
    image: profile?.profile_image_url ?? null,
  };
}

/** Kakao access tokens are printable ASCII (RFC 6750 b64token); anything else cannot be one. */
const TOKEN_SHAPE = /^[\x21-\x7E]{1,4096}$/;
const invalidToken = () => new AppError("UNAUTHENTICATED", "카카오 토큰이 유효하지 않습니다.");

export async function fetchKakaoIdentity(accessToken: string): Promise<KakaoIdentity> {
  // a non-ASCII character, newline or NUL would make fetch() throw on the header (was a logged 503):
  // it is a bad credential, answered 401 without calling Kakao
  if (!TOKEN_SHAPE.test(accessToken)) throw invalidToken();
  let res: Response;
  try {
    res = await fetch(`${env.KAKAO_API_BASE}/v2/user/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(5000),
      cache: "no-store",
    });
  } catch (cause) {
    throw new AppError("UNAVAILABLE", "카카오 서버에 연결할 수 없습니다.", { cause });
  }
  if (res.status === 401 || res.status === 400) throw invalidToken();
  if (!res.ok) throw new AppError("UNAVAILABLE", "카카오 사용자 정보를 가져오지 못했습니다.");
  try {
    return kakaoIdentityFromProfile(await res.json());
  } catch (cause) {
    throw new AppError("UNAVAILABLE", "카카오 응답을 해석하지 못했습니다.", { cause });
  }
}
