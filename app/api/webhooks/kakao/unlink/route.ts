// POST|GET /api/webhooks/kakao/unlink – Kakao's unlink callback: verify KakaoAK admin key, withdraw the linked member
import { AppError } from "@/lib/core/errors";
import { parseWith } from "@/lib/core/parse";
import { withPublic } from "@/lib/http/route";
import { handleKakaoUnlink, isKakaoAdminAuthorization, ZKakaoUnlinkPayload } from "@/lib/members/kakao-unlink";

// Kakao sends app_id, user_id and referrer_type as a form body (POST) or in the query string (GET).
async function payloadOf(req: Request): Promise<Record<string, string>> {
  const fields: Record<string, string> = Object.fromEntries(new URL(req.url).searchParams);
  if (req.method === "POST") {
    const type = req.headers.get("content-type") ?? "";
    const text = await req.text();
    if (type.includes("application/json")) {
      try {
        for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, unknown>)) fields[k] = String(v);
      } catch {
        throw new AppError("VALIDATION_FAILED", "요청 본문이 올바른 JSON이 아닙니다.");
      }
    } else {
      for (const [k, v] of new URLSearchParams(text)) fields[k] = v;
    }
  }
  return fields;
}

const handler = withPublic(async ({ req }) => {
  if (!isKakaoAdminAuthorization(req.headers.get("authorization"))) throw new AppError("UNAUTHENTICATED", "카카오 어드민 키가 올바르지 않습니다.");
  return handleKakaoUnlink(parseWith(ZKakaoUnlinkPayload, await payloadOf(req)));
});

export const POST = handler;
export const GET = handler;
