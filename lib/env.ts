// The one place that reads process.env: every variable validated once with zod.
// Defaults make the embedded mode (no database server, no cloud keys) work with nothing set;
// APP_ENV=production refuses to start on development secrets.
import "server-only";
import { z } from "zod";
import { DEMO_ADMIN_KAKAO_ID } from "@/lib/core/demo-admin";

const DEV_SECRET = "dev-only-insecure-secret-change-me-000000";
/** selects the local PortOne stand-in (dev/portone) in `npm run dev`; refused in production */
export const DEV_PORTONE_SECRET = "dev-portone-api-secret";
const DEV_PII_KEY = "k1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const csv = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean));

const TRUSTED_PROXIES = ["none", "vercel", "x-real-ip", "x-forwarded-for"] as const;
/** what each TRUSTED_PROXY value fits, for the refusal messages (README "Many instances, abuse limits") */
const TRUSTED_PROXY_FITS =
  "vercel (deployed on Vercel), x-real-ip (nginx `proxy_set_header X-Real-IP $remote_addr;`, Caddy `header_up X-Real-IP {remote_host}`), " +
  "x-forwarded-for (a proxy that appends the client address to X-Forwarded-For; its last entry is used)";

/** shown on every public page by law; the app may not go live with the example values */
const REQUIRED_BUSINESS_KEYS = [
  "BUSINESS_NAME",
  "BUSINESS_REPRESENTATIVE",
  "BUSINESS_REGISTRATION_NUMBER",
  "BUSINESS_BROKERAGE_REPORT_NUMBER",
  "BUSINESS_MAIL_ORDER_NUMBER",
  "BUSINESS_ADDRESS",
  "BUSINESS_PHONE",
] as const;

const serverSchema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    APP_URL: z.string().url().default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

    /** postgres://… selects a server; unset = embedded PGlite under PGLITE_DIR */
    DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres URL").optional()),
    PGLITE_DIR: z.string().default("./data/pglite"),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** "on": each distinct SQL text is prepared once per connection (PostgreSQL plans it once); "off" behind a pooler that cannot keep prepared statements */
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),

    AUTH_SECRET: z.string().min(32).default(DEV_SECRET),
    KAKAO_CLIENT_ID: z.string().min(1).default("dev-kakao-client-id"),
    KAKAO_CLIENT_SECRET: z.string().min(1).default("dev-kakao-client-secret"),
    KAKAO_AUTH_BASE: z.string().url().default("https://kauth.kakao.com"),
    KAKAO_API_BASE: z.string().url().default("https://kapi.kakao.com"),
    /** Kakao app admin key: verifies the unlink webhook (Authorization: KakaoAK <key>) */
    KAKAO_ADMIN_KEY: z.string().min(1).default("dev-kakao-admin-key"),
    ADMIN_KAKAO_IDS: csv,

    JWT_SECRET: z.string().min(32).default(DEV_SECRET),
    JWT_ISSUER: z.string().default("inyeon-api"),
    JWT_AUDIENCE: z.string().default("inyeon-web"),
    JWT_EXPIRE_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(60 * 24 * 7),
    CRON_SECRET: z.string().min(16).default(DEV_SECRET),

    /** "keyId:base64(32 bytes)" pairs, comma separated; the first encrypts, all decrypt */
    PII_ENCRYPTION_KEYS: z.string().default(DEV_PII_KEY),
    PII_BLIND_INDEX_KEY: z.string().min(32).default(DEV_SECRET),

    S3_ENDPOINT: optionalString.pipe(z.string().url().optional()),
    S3_REGION: z.string().default("ap-northeast-2"),
    S3_BUCKET: z.string().default("inyeon-dev"),
    S3_ACCESS_KEY_ID: z.string().default("S3RVER"),
    S3_SECRET_ACCESS_KEY: z.string().default("S3RVER"),
    S3_FORCE_PATH_STYLE: bool,
    /** where the local S3 stub (dev/s3, started by `npm run dev` when S3_ENDPOINT is unset) keeps objects */
    STORAGE_DIR: z.string().default("./data/s3"),

    /** the local stand-ins started by `npm run dev` (dev/kakao, dev/s3) */
    KAKAO_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
    KAKAO_STUB_HOST: z.string().default("127.0.0.1"),
    S3_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(4300),
    S3_STUB_HOST: z.string().default("127.0.0.1"),
    S3_STUB_VERBOSE: bool,

    TOSS_CLIENT_KEY: z.string().default("test_ck_dev"),
    TOSS_SECRET_KEY: z.string().default("test_sk_dev"),
    TOSS_API_BASE: z.string().url().default("https://api.tosspayments.com"),
    /** script URL for loadTossPayments(clientKey, { src }); the local stub serves a stand-in at {stub}/v1 */
    TOSS_SDK_URL: z.string().url().default("https://js.tosspayments.com/v1"),
    /** per request to Toss's REST API; a timeout is reported as UNAVAILABLE (retryable) */
    TOSS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** the local Toss-compatible server (dev/toss), started by `npm run dev` with the dev keys */
    TOSS_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(4200),
    TOSS_STUB_HOST: z.string().default("127.0.0.1"),

    /**
     * 본인인증 (PortOne V2 identity verification, docs/identity.md): "on" = onboarding takes name, birth
     * date, phone and gender from the verified result and refuses a second account of the same person
     * (CI); "off" = the typed details stay (the member's badge says 본인인증 안 함).
     */
    IDENTITY_VERIFICATION: z.enum(["on", "off"]).default("on"),
    PORTONE_API_SECRET: z.string().min(1).default(DEV_PORTONE_SECRET),
    PORTONE_API_BASE: z.string().url().default("https://api.portone.io"),
    PORTONE_STORE_ID: z.string().min(1).default("store-00000000-0000-0000-0000-00000000dev0"),
    PORTONE_IDENTITY_CHANNEL_KEY: z.string().min(1).default("channel-key-00000000-0000-0000-0000-0000000dev00"),
    /** script @portone/browser-sdk injects (window.PortOne); the local stub serves a stand-in at {stub}/v2/browser-sdk.js */
    PORTONE_SDK_URL: z.string().url().default("https://cdn.portone.io/v2/browser-sdk.js"),
    /** per request to PortOne's REST API; a timeout is reported as UNAVAILABLE */
    PORTONE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** the local PortOne-compatible server (dev/portone), started by `npm run dev` with the dev secret */
    PORTONE_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(4600),
    PORTONE_STUB_HOST: z.string().default("127.0.0.1"),

    /**
     * What a member sees as the account to transfer the match fee to. The default is a
     * clearly fake DEV example; production refuses to start without a real one.
     */
    BANK_ACCOUNT_TEXT: z.string().min(1).default("[개발용 예시] 인연은행 000-000000-00-000 (예금주: 인연 주식회사)"),
    MATCH_PENDING_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /** a PENDING match gets one MATCH_EXPIRING notification this many hours before its payment window closes */
    MATCH_EXPIRING_NOTICE_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
    /** days a match has been ACTIVE before both members are asked whether they met (FEEDBACK_REQUEST) */
    MATCH_FEEDBACK_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** external notification channels (lib/notifications/channels.ts), comma separated; unset = in-app only ("log" in development) */
    NOTIFICATION_CHANNELS: csv,
    /** Solapi (카카오 알림톡 + SMS/LMS fallback, lib/notifications/solapi.ts); the dev values select the local server (dev/solapi) */
    SOLAPI_API_KEY: z.string().min(1).default("dev-solapi-key"),
    SOLAPI_API_SECRET: z.string().min(1).default("dev-solapi-secret"),
    SOLAPI_API_BASE: z.string().url().default("https://api.solapi.com"),
    /** the 카카오톡 채널's pfId registered with Solapi */
    KAKAO_CHANNEL_PFID: z.string().min(1).default("KA01PF-dev-inyeon"),
    /** the registered sender number for SMS/LMS (digits) */
    SMS_SENDER: z.string().regex(/^\d{8,11}$/, "digits only, e.g. 0212345678").default("0212345678"),
    SOLAPI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** messages per second toward Solapi and the SMTP server (each channel) */
    NOTIFICATION_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(20),
    /** smtp(s)://user:pass@host:port for e-mail notifications; unset = the local server in development */
    SMTP_URL: optionalString,
    MAIL_FROM: z.string().default("인연 <no-reply@inyeon.local>"),
    /** the local Solapi-compatible server and SMTP inbox started by `npm run dev` */
    SOLAPI_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(4400),
    SMTP_STUB_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
    SMTP_STUB_WEB_PORT: z.coerce.number().int().min(0).max(65535).default(4500),
    REDIS_URL: optionalString,
    /** self-hosting: run the scheduled jobs (lib/jobs/registry.ts) in this process; several instances share them through a lease row */
    SCHEDULER_ENABLED: bool,
    /** how often the in-process scheduler looks for due jobs */
    SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /**
     * which proxy's client-IP header to trust for per-IP rate limits (lib/http/rate-limit.ts); none = no
     * header is trusted, so every anonymous caller shares one counter per rule: development only
     */
    TRUSTED_PROXY: z.enum(TRUSTED_PROXIES, { error: `must be none (development only) or one of: ${TRUSTED_PROXY_FITS}` }).default("none"),
    /** Bearer token for GET /api/metrics (Prometheus); unset = the endpoint answers 401 to everyone */
    METRICS_TOKEN: optionalString,
    CORS_ORIGINS: csv,
    /**
     * The operator disclosures the Marriage Brokerage Act requires on the service's pages (landing,
     * legal pages). Unset outside production: clearly marked examples (lib/legal/business-info.ts);
     * production refuses to start without the required ones.
     */
    BUSINESS_NAME: optionalString,
    BUSINESS_REPRESENTATIVE: optionalString,
    BUSINESS_REGISTRATION_NUMBER: optionalString,
    BUSINESS_BROKERAGE_REPORT_NUMBER: optionalString,
    BUSINESS_MAIL_ORDER_NUMBER: optionalString,
    BUSINESS_ADDRESS: optionalString,
    BUSINESS_PHONE: optionalString,
    BUSINESS_EMAIL: optionalString,
    BUSINESS_HOURS: optionalString,
    BUSINESS_PRIVACY_OFFICER: optionalString,
    BUSINESS_PRIVACY_EMAIL: optionalString,
    BUSINESS_GUARANTEE_INSURANCE: optionalString,
    /** tests: a file each successful API call appends "METHOD /path" to (scripts/test.mjs checks every operation was called) */
    CONTRACT_LOG: optionalString,
  })
  .superRefine((e, ctx) => {
    if (e.APP_ENV !== "production") return;
    for (const key of ["AUTH_SECRET", "JWT_SECRET", "CRON_SECRET", "PII_BLIND_INDEX_KEY"] as const) {
      if (e[key] === DEV_SECRET) ctx.addIssue({ code: "custom", path: [key], message: "must be set in production" });
    }
    if (e.PII_ENCRYPTION_KEYS === DEV_PII_KEY) ctx.addIssue({ code: "custom", path: ["PII_ENCRYPTION_KEYS"], message: "must be set in production" });
    if (!e.DATABASE_URL) ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "must be set in production" });
    if (e.BANK_ACCOUNT_TEXT.startsWith("[개발용 예시]")) ctx.addIssue({ code: "custom", path: ["BANK_ACCOUNT_TEXT"], message: "must be set in production" });
    if (e.TRUSTED_PROXY === "none") ctx.addIssue({ code: "custom", path: ["TRUSTED_PROXY"], message: `must name the reverse proxy in front of the app in production (with none every visitor shares one counter per rule, so one client can lock everyone out of sign-in): ${TRUSTED_PROXY_FITS}` });
    if (e.IDENTITY_VERIFICATION === "on" && e.PORTONE_API_SECRET === DEV_PORTONE_SECRET) ctx.addIssue({ code: "custom", path: ["PORTONE_API_SECRET"], message: "must be set in production (or IDENTITY_VERIFICATION=off)" });
    if (e.KAKAO_CLIENT_ID === "dev-kakao-client-id") ctx.addIssue({ code: "custom", path: ["KAKAO_CLIENT_ID"], message: "must be set in production" });
    const external = e.NOTIFICATION_CHANNELS.some((c) => c === "alimtalk" || c === "sms");
    if (external && (e.SOLAPI_API_KEY === "dev-solapi-key" || e.SOLAPI_API_SECRET === "dev-solapi-secret")) ctx.addIssue({ code: "custom", path: ["SOLAPI_API_KEY"], message: "must be set in production when NOTIFICATION_CHANNELS names alimtalk or sms" });
    if (e.NOTIFICATION_CHANNELS.includes("email") && !e.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "must be set in production when NOTIFICATION_CHANNELS names email" });
    for (const key of REQUIRED_BUSINESS_KEYS) if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: "must be set in production (결혼중개업법: operator disclosures)" });
  });

export type ServerEnv = z.infer<typeof serverSchema>;

/** Validates a set of variables (process.env at start; tests pass their own) or throws one message naming every problem. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

function load(): ServerEnv {
  const e = parseServerEnv(process.env);
  // The demo admin of the seed is an admin only outside production.
  if (e.ADMIN_KAKAO_IDS.length === 0 && e.APP_ENV !== "production") e.ADMIN_KAKAO_IDS = [DEMO_ADMIN_KAKAO_ID];
  return e;
}

export const env: ServerEnv = load();

/** Variables the browser may see. Next inlines NEXT_PUBLIC_* only when written out literally. */
export const clientEnv = {
  NEXT_PUBLIC_TOSS_CLIENT_KEY: process.env.NEXT_PUBLIC_TOSS_CLIENT_KEY ?? env.TOSS_CLIENT_KEY,
};

export const isProduction = env.APP_ENV === "production";
