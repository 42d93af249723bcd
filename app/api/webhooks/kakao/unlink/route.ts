// POST|GET /api/webhooks/kakao/unlink – Kakao's unlink callback (KakaoAK admin key): withdraw the linked member
import { route } from "@/lib/http/route";
import { kakaoUnlinkGetOperation, kakaoUnlinkPostOperation } from "@/lib/members/kakao-unlink";

export const POST = route(kakaoUnlinkPostOperation);
export const GET = route(kakaoUnlinkGetOperation);
