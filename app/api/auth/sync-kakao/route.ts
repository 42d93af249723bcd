// POST /api/auth/sync-kakao – verify a Kakao access token with Kakao, upsert the member, issue an app JWT
import { route } from "@/lib/http/route";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";

export const POST = route(syncKakaoOperation);
