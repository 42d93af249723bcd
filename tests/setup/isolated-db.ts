// Per test file: its own database (a clone of the migrated template on PostgreSQL, or a fresh
// in-memory PGlite), plus local Kakao- and Toss-compatible servers. Runs before the file imports lib/, so
// lib/env sees these variables.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { pgliteExecutor, postgresExecutor } from "@/lib/db/sql-executor";
import { startKakaoStub } from "@/dev/kakao/server";
import { startTossStub } from "@/dev/toss/server";
import { startPortOneStub } from "@/dev/portone/server";
import { createStubBucket, S3_STUB_CREDENTIALS } from "@/dev/s3/server";
import { startSolapiStub } from "@/dev/solapi/server";
import { startSmtpStub } from "@/dev/smtp/server";
import { databaseUrl } from "./global-db";

const adminUrl = inject("pgAdminUrl");
const template = inject("pgTemplate");

if (adminUrl && template) {
  const name = `inyeon_t_${randomBytes(6).toString("hex")}`;
  const admin = await postgresExecutor(adminUrl);
  await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  process.env.DATABASE_URL = databaseUrl(adminUrl, name);
  afterAll(async () => {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  const pglite = new PGlite("memory://");
  await migrate(pgliteExecutor(pglite, { owned: false }));
  // lib/db picks this instance up instead of opening its own
  (globalThis as { __inyeonPglite?: PGlite }).__inyeonPglite = pglite;
  afterAll(async () => {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
  });
}

// Rate-limit counters live in this file's own database, never in a Redis every file (and every earlier
// run) would share: a REDIS_URL from the developer's shell would make the files count against each other.
// Redis itself is exercised by tests/multi-instance and readiness.int.test.ts.
delete process.env.REDIS_URL;

process.env.KAKAO_CLIENT_ID = "test-kakao-client";
process.env.KAKAO_CLIENT_SECRET = "test-kakao-secret";
export const kakaoStub = await startKakaoStub({ port: 0, clientId: "test-kakao-client", clientSecret: "test-kakao-secret" });
process.env.KAKAO_AUTH_BASE = kakaoStub.url;
process.env.KAKAO_API_BASE = kakaoStub.url;
(globalThis as { __kakaoStub?: typeof kakaoStub }).__kakaoStub = kakaoStub;
afterAll(() => kakaoStub.close());

// Toss: a local Toss-compatible server of this file's own (REST API, SDK stand-in, control helpers).
// A short timeout keeps "Toss hangs" tests fast (inject a fault with delayMs > TOSS_TIMEOUT_MS).
process.env.TOSS_SECRET_KEY = "test_sk_stub";
process.env.TOSS_CLIENT_KEY = "test_ck_stub";
export const tossStub = await startTossStub({ port: 0, secretKey: "test_sk_stub", clientKey: "test_ck_stub" });
process.env.TOSS_API_BASE = tossStub.url;
process.env.TOSS_SDK_URL = tossStub.sdkUrl;
process.env.TOSS_TIMEOUT_MS = "2000";
(globalThis as { __tossStub?: typeof tossStub }).__tossStub = tossStub;
afterAll(() => tossStub.close());

// Solapi (알림톡/SMS) and an SMTP inbox of this file's own; the channels are active only in the files
// that set NOTIFICATION_CHANNELS themselves (or pass channels to deliverNotifications).
process.env.SOLAPI_API_KEY = "test-solapi-key";
process.env.SOLAPI_API_SECRET = "test-solapi-secret";
process.env.KAKAO_CHANNEL_PFID = "KA01PF-test";
process.env.SMS_SENDER = "0212345678";
process.env.SOLAPI_TIMEOUT_MS = "2000";
process.env.NOTIFICATION_RATE_PER_SECOND = "1000";
const { ALL_TEMPLATES } = await import("@/lib/notifications/templates");
export const solapiStub = await startSolapiStub({ apiKey: "test-solapi-key", apiSecret: "test-solapi-secret", pfId: "KA01PF-test", sender: "0212345678", templates: ALL_TEMPLATES, reportDelayMs: 600_000 }); // reports settle when a test says so (settleReports)
process.env.SOLAPI_API_BASE = solapiStub.url;
(globalThis as { __solapiStub?: typeof solapiStub }).__solapiStub = solapiStub;
afterAll(() => solapiStub.close());
export const smtpStub = await startSmtpStub();
process.env.SMTP_URL = smtpStub.smtpUrl;
(globalThis as { __smtpStub?: typeof smtpStub }).__smtpStub = smtpStub;
afterAll(() => smtpStub.close());
// PortOne (본인인증): a local PortOne-compatible server of this file's own. Verification is off by
// default here, so files that onboard through the typed form keep doing so; identity.int.test.ts
// switches it on (env.IDENTITY_VERIFICATION = "on").
process.env.IDENTITY_VERIFICATION = "off";
process.env.PORTONE_API_SECRET = "test-portone-secret";
process.env.PORTONE_STORE_ID = "store-test";
process.env.PORTONE_IDENTITY_CHANNEL_KEY = "channel-key-test";
export const portoneStub = await startPortOneStub({ port: 0, apiSecret: "test-portone-secret", storeId: "store-test", channelKey: "channel-key-test" });
process.env.PORTONE_API_BASE = portoneStub.url;
process.env.PORTONE_SDK_URL = portoneStub.sdkUrl;
process.env.PORTONE_TIMEOUT_MS = "2000";
(globalThis as { __portoneStub?: typeof portoneStub }).__portoneStub = portoneStub;
afterAll(() => portoneStub.close());

// S3: a bucket of this file's own on the run's local S3 server (global-s3.ts).
process.env.S3_ENDPOINT = inject("s3Url");
process.env.S3_FORCE_PATH_STYLE = "true";
process.env.S3_BUCKET = `inyeon-test-${randomBytes(6).toString("hex")}`;
process.env.S3_ACCESS_KEY_ID = S3_STUB_CREDENTIALS.accessKeyId;
process.env.S3_SECRET_ACCESS_KEY = S3_STUB_CREDENTIALS.secretAccessKey;
await createStubBucket(process.env.S3_ENDPOINT, process.env.S3_BUCKET);
