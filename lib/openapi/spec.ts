// The OpenAPI 3.1 document of the JSON API (the seeds' FastAPI /docs), generated from the same zod
// schemas the route handlers parse with. tests/unit/openapi.test.ts keeps it in step with app/api.
import { z } from "zod";
import { ZLikeRequest, ZLikeResponse, ZMatchDetail, ZMatchList } from "@/lib/matching/schemas";
import { ZBlockDto, ZBlockRequest, ZOnboardingRequest, ZSyncKakaoRequest, ZUserDto } from "@/lib/members/schemas";
import { ZAttachPhotoRequest, ZPhotosResponse, ZPhotoUploadUrlRequest, ZPhotoUploadUrlResponse, ZReorderPhotosRequest } from "@/lib/profiles/photo-schemas";
import { ZOwnProfileDto, ZPreferencesDto, ZPreferencesRequest, ZProfileRequest } from "@/lib/profiles/schemas";
import { ZMemberRecommendations } from "@/lib/recommendations/member-schemas";
import { ZBuildOutcome, ZRunRecsBody } from "@/lib/recommendations/schemas";
import { ZReportDto, ZReportRequest } from "@/lib/reports/schemas";

type Auth = "member" | "admin" | "cron" | "kakaoAdminKey" | "none";
export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  auth: Auth;
  body?: z.ZodType;
  query?: Record<string, string>;
  response?: z.ZodType;
  status?: number;
};

export const OPERATIONS: Operation[] = [
  { method: "post", path: "/api/auth/sync-kakao", tag: "auth", auth: "none", summary: "Kakao 액세스 토큰 검증 후 회원 동기화, 앱 JWT 발급", body: ZSyncKakaoRequest, response: z.object({ jwt: z.string(), user: ZUserDto }) },
  { method: "get", path: "/api/me", tag: "members", auth: "member", summary: "내 계정, 프로필, 선호, 멤버십, 상태" },
  { method: "delete", path: "/api/me", tag: "members", auth: "member", summary: "회원 탈퇴 (개인정보·사진 삭제, 진행 중인 매칭 종료)" },
  { method: "get", path: "/api/me/export", tag: "members", auth: "member", summary: "내 데이터 내려받기 (JSON)" },
  { method: "post", path: "/api/onboarding", tag: "members", auth: "member", summary: "가입 정보 제출 (실명, 휴대폰, 생년월일, 성별, 약관 동의, 19세 이상)", body: ZOnboardingRequest },
  { method: "put", path: "/api/profile", tag: "profiles", auth: "member", summary: "프로필 저장", body: ZProfileRequest, response: ZOwnProfileDto },
  { method: "put", path: "/api/preferences", tag: "profiles", auth: "member", summary: "이상형(선호 조건) 저장", body: ZPreferencesRequest, response: ZPreferencesDto },
  { method: "post", path: "/api/photos/upload-url", tag: "photos", auth: "member", summary: "사진 업로드용 pre-signed PUT URL (5분)", body: ZPhotoUploadUrlRequest, response: ZPhotoUploadUrlResponse },
  { method: "get", path: "/api/photos", tag: "photos", auth: "member", summary: "내 사진 목록", response: ZPhotosResponse },
  { method: "post", path: "/api/photos", tag: "photos", auth: "member", summary: "업로드한 사진을 프로필에 추가", body: ZAttachPhotoRequest, response: ZPhotosResponse },
  { method: "delete", path: "/api/photos", tag: "photos", auth: "member", summary: "사진 삭제 (저장소 객체도 삭제)", query: { key: "사진 객체 키" }, response: ZPhotosResponse },
  { method: "put", path: "/api/photos/order", tag: "photos", auth: "member", summary: "사진 순서 변경", body: ZReorderPhotosRequest, response: ZPhotosResponse },
  { method: "get", path: "/api/blocks", tag: "safety", auth: "member", summary: "내가 차단한 회원", response: z.object({ blocks: z.array(ZBlockDto) }) },
  { method: "post", path: "/api/blocks", tag: "safety", auth: "member", summary: "회원 차단 (양방향 적용)", body: ZBlockRequest },
  { method: "delete", path: "/api/blocks/{id}", tag: "safety", auth: "member", summary: "차단 해제 (내 차단만)" },
  { method: "post", path: "/api/reports", tag: "safety", auth: "member", summary: "회원 신고 (신고하면 차단도 됩니다)", body: ZReportRequest, response: ZReportDto, status: 201 },
  { method: "get", path: "/api/recommendations", tag: "matching", auth: "member", summary: "주간 추천 (기본: 이번 주, Asia/Seoul)", query: { week: "ISO 주 YYYY-Www" }, response: ZMemberRecommendations },
  { method: "post", path: "/api/likes", tag: "matching", auth: "member", summary: "좋아요 (추천받은 회원 또는 나를 좋아한 회원), 서로 좋아요면 매칭 생성", body: ZLikeRequest, response: ZLikeResponse },
  { method: "get", path: "/api/matches", tag: "matching", auth: "member", summary: "내 매칭 목록", response: ZMatchList },
  { method: "get", path: "/api/matches/{id}", tag: "matching", auth: "member", summary: "매칭 상세와 상대 공개 프로필 (참여자만)", response: ZMatchDetail },
  { method: "get", path: "/api/admin/verify", tag: "admin", auth: "admin", summary: "관리자 토큰 확인" },
  { method: "post", path: "/api/admin/recs/run", tag: "admin", auth: "admin", summary: "주간 추천 생성 실행 (감사 로그 기록)", body: ZRunRecsBody, response: ZBuildOutcome },
  { method: "get", path: "/api/cron/weekly-recommendations", tag: "system", auth: "cron", summary: "Vercel Cron: 주간 추천 생성과 만료된 매칭 정리 (매주 월 10:00 KST)" },
  { method: "post", path: "/api/webhooks/kakao/unlink", tag: "system", auth: "kakaoAdminKey", summary: "카카오 연결 끊기 콜백: 회원 탈퇴 처리" },
  { method: "get", path: "/api/webhooks/kakao/unlink", tag: "system", auth: "kakaoAdminKey", summary: "카카오 연결 끊기 콜백 (GET)" },
  { method: "get", path: "/api/healthz", tag: "system", auth: "none", summary: "헬스체크 (데이터베이스 포함)" },
  { method: "get", path: "/api/openapi.json", tag: "system", auth: "none", summary: "이 문서" },
];

const SECURITY: Record<Auth, Record<string, string[]>[]> = {
  member: [{ bearer: [] }, { session: [] }],
  admin: [{ bearer: [] }, { session: [] }],
  cron: [{ cronSecret: [] }],
  kakaoAdminKey: [{ kakaoAdminKey: [] }],
  none: [],
};

const schema = (s: z.ZodType, io: "input" | "output") => z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" });

const ZError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.array(z.string())).optional() }) });

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } })),
      ...Object.entries(op.query ?? {}).map(([name, description]) => ({ name, in: "query", required: false, description, schema: { type: "string" } })),
    ];
    (paths[op.path] ??= {})[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      security: SECURITY[op.auth],
      ...(params.length ? { parameters: params } : {}),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schema(op.body, "input") } } } } : {}),
      responses: {
        [String(op.status ?? 200)]: { description: "OK", content: { "application/json": { schema: op.response ? schema(op.response, "output") : { type: "object" } } } },
        default: { description: "오류: { error: { code, message } } (401/403/404/409/422/429/503)", content: { "application/json": { schema: schema(ZError, "output") } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "인연 API", version: "1.0.0", description: "회원, 추천, 좋아요/매칭, 결제, 관리자 JSON API. 응답 오류 형식은 { error: { code, message } } 입니다." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "POST /api/auth/sync-kakao 가 발급한 HS256 JWT" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        cronSecret: { type: "http", scheme: "bearer", description: "CRON_SECRET" },
        kakaoAdminKey: { type: "apiKey", in: "header", name: "Authorization", description: "KakaoAK <admin key>" },
      },
    },
    paths,
  };
}
