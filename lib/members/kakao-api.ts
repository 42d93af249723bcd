// Kakao's user-info API (GET {KAKAO_API_BASE}/v2/user/me): the only proof of a Kakao identity
// the server accepts. Never trust a bare kakaoUserId from a client.
// Who is at fault decides the answer: a token Kakao refuses (any 4xx but 429), or an answer that names
// no Kakao account, is the caller's — 401, quietly; Kakao unreachable, slow, throttling us (429) or
// failing (5xx) is a dependency down — 503 (docs/architecture.md, "One error shape").
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/logger";

const ZKakaoUser = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d{0,19}$/)]).transform(String),
  kakao_account: z
    .object({ profile: z.object({ nickname: z.string().optional(), profile_image_url: z.string().optional() }).partial().optional() })
    .partial()
    .optional(),
  properties: z.object({ nickname: z.string().optional() }).partial().optional(),
});

export type KakaoIdentity = { kakaoId: string; nickname: string | null; image: string | null };

function toIdentity(u: z.infer<typeof ZKakaoUser>): KakaoIdentity {
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
const kakaoDown = (message: string, cause?: unknown) => new AppError("UNAVAILABLE", message, { cause });

/** Kakao's own error code of a refusal ({ msg, code: -401 }), for the log: never the token. */
async function kakaoErrorCode(res: Response): Promise<number | undefined> {
  const body = (await res.json().catch(() => null)) as { code?: unknown } | null;
  return typeof body?.code === "number" ? body.code : undefined;
}

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
    throw kakaoDown("카카오 서버에 연결할 수 없습니다.", cause);
  }
  if (res.status === 429 || res.status >= 500) throw kakaoDown("카카오 사용자 정보를 가져오지 못했습니다.");
  if (res.status >= 400) {
    // 401 (-401) is an unknown or expired token, the common case; another refusal (400 -2 bad argument,
    // 403 -3/-402 API or scope not enabled for our app) may also mean a setting to fix in the Kakao console
    if (res.status !== 401) logger.warn({ kakaoStatus: res.status, kakaoCode: await kakaoErrorCode(res) }, "kakao refused an access token");
    throw invalidToken();
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch (cause) {
    throw kakaoDown("카카오 응답을 해석하지 못했습니다.", cause);
  }
  const parsed = ZKakaoUser.safeParse(body);
  if (!parsed.success) {
    // an answer without a usable account id (a Kakao-compatible server answering id 0 for a made-up
    // token) identifies nobody: the sign-in is refused like an unknown token
    logger.warn({ issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`) }, "kakao user-info named no usable account");
    throw invalidToken();
  }
  return toIdentity(parsed.data);
}
