// POST /api/auth/sync-kakao – verify a Kakao access token with Kakao, upsert the member, issue an app JWT
import { parseBody } from "@/lib/core/parse";
import { withPublic } from "@/lib/http/route";
import { ZSyncKakaoRequest } from "@/lib/members/schemas";
import { syncKakao } from "@/lib/members/sync-kakao";

export const POST = withPublic(async ({ req }) => syncKakao(await parseBody(req, ZSyncKakaoRequest)), {
  // token guessing and sign-up floods: 20 attempts per minute per client
  rateLimit: { name: "sync-kakao", limit: 20, windowMs: 60_000 },
});
