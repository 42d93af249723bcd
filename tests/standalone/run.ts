// The production image without Docker (CI has no engine): lays out a directory exactly as the
// Dockerfile's runtime stage does — its `COPY --from=builder` lines are read from the Dockerfile and
// replayed, and migrate.cjs is compiled with the Dockerfile's own esbuild command — in a temporary
// folder with no node_modules above it, then runs the image's two commands there:
//   node migrate.cjs   (compose's one-shot `migrate` service) against a fresh PostgreSQL database
//   node server.js     (the image's CMD) with APP_ENV=production (first with TRUSTED_PROXY=none: it must refuse)
// and checks: liveness, readiness (database, migrations, S3, Redis when reachable), a page with its
// static assets, API calls (401 shape, a cron job), and that SIGTERM lets an in-flight request finish
// (its database write included) while new connections are refused, then exits.
//
//   npx tsx --conditions=react-server tests/standalone/run.ts        (after `next build`; NEXT_DIST_DIR selects another build dir)
// Env: DATABASE_URL (admin connection, default postgresql://postgres@127.0.0.1:5432/postgres),
//      STANDALONE_PORT (default 3401), REDIS_URL (default redis://127.0.0.1:6379 if reachable).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createStubBucket, startS3Stub, S3_STUB_CREDENTIALS } from "@/dev/s3/server";
import { layOutImage, readImageSpec, standaloneDir, type ImageSpec } from "../../scripts/image-layout";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = Number(process.env.STANDALONE_PORT ?? 3401);
const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const base = `http://127.0.0.1:${port}`;
const started = Date.now();

let failures = 0;
function check(ok: boolean, what: string, detail?: unknown) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}${!ok && detail !== undefined ? ` — ${typeof detail === "string" ? detail : JSON.stringify(detail)}` : ""}`);
  if (!ok) failures++;
}
function fatal(message: string): never {
  console.error(`standalone check: ${message}`);
  process.exit(1);
}

// ---- 1. the image's file layout, from the Dockerfile ----
let spec: ImageSpec;
try {
  spec = readImageSpec(root);
} catch (err) {
  fatal((err as Error).message);
}
if (!existsSync(path.join(standaloneDir(root, distDir), "server.js"))) fatal(`${distDir}/standalone/server.js not found: run \`next build\` first (output: "standalone")`);

const image = mkdtempSync(path.join(tmpdir(), "inyeon-image-"));
console.log(`▶ image layout in ${image} (from ${distDir})`);
try {
  for (const line of layOutImage(spec, { root, distDir, dir: image })) console.log(`  ${line}`);
} catch (err) {
  fatal((err as Error).message);
}
const esbuildArgs = spec.esbuildArgs.map((a) => a.replace(/^--target=node\d+$/, `--target=node${process.versions.node.split(".")[0]}`));
const built = spawnSync(path.join(root, "node_modules", ".bin", "esbuild"), [...esbuildArgs, `--outfile=${path.join(image, "migrate.cjs")}`, "--log-level=warning"], { cwd: root, stdio: "inherit" });
if (built.status !== 0) fatal("esbuild of the migration runner failed");
const [cmdBin, ...cmdArgs] = spec.cmd;
if (cmdBin !== "node") fatal(`unexpected CMD ${JSON.stringify(spec.cmd)}`);

// ---- 2. services: a fresh database, an S3 stub, Redis if there is one ----
const dbName = `inyeon_standalone_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const s3 = await startS3Stub({ directory: path.join(image, ".s3-data") });
await createStubBucket(s3.url, "inyeon-standalone");
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await new Promise<boolean>((resolve) => {
  const u = new URL(redisUrl);
  const sock = connect(Number(u.port || 6379), u.hostname, () => (sock.destroy(), resolve(true)));
  sock.on("error", () => resolve(false));
  sock.setTimeout(1000, () => (sock.destroy(), resolve(false)));
});

const secret = () => randomBytes(24).toString("base64url");
const runtimeEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  NODE_ENV: "production",
  APP_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  APP_URL: base,
  AUTH_URL: base,
  AUTH_TRUST_HOST: "true",
  DATABASE_URL: dbUrl,
  ...(redisUp ? { REDIS_URL: redisUrl } : {}),
  AUTH_SECRET: secret(),
  JWT_SECRET: secret(),
  CRON_SECRET: secret(),
  PII_BLIND_INDEX_KEY: secret(),
  PII_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
  KAKAO_CLIENT_ID: "standalone-check-client",
  KAKAO_CLIENT_SECRET: "standalone-check-secret",
  KAKAO_ADMIN_KEY: secret(),
  S3_ENDPOINT: s3.url,
  S3_BUCKET: "inyeon-standalone",
  S3_ACCESS_KEY_ID: S3_STUB_CREDENTIALS.accessKeyId,
  S3_SECRET_ACCESS_KEY: S3_STUB_CREDENTIALS.secretAccessKey,
  BUSINESS_NAME: "인연 점검",
  BUSINESS_REPRESENTATIVE: "홍길동",
  BUSINESS_REGISTRATION_NUMBER: "000-00-00000",
  BUSINESS_BROKERAGE_REPORT_NUMBER: "제0000-서울-0000호",
  BUSINESS_MAIL_ORDER_NUMBER: "제0000-서울-0000호",
  BUSINESS_ADDRESS: "서울특별시",
  BUSINESS_PHONE: "02-000-0000",
  LOG_LEVEL: "warn",
  // per-IP limits behind a proxy that sends X-Real-IP (docker-compose.yml's default); production refuses none
  TRUSTED_PROXY: "x-real-ip",
  // the self-hosted scheduler, started by instrumentation.ts: its catch-up runs every job at start
  SCHEDULER_ENABLED: "true",
  SCHEDULER_TICK_SECONDS: "1",
};

// Production requires more variables as features are added (lib/env.ts refuses to start without
// them): ask lib/env itself which ones are missing and give them placeholders, so this check keeps
// testing the image rather than a list that goes stale.
for (let round = 0; round < 10; round++) {
  const probeEnv = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "-e", 'import("./lib/env.ts").catch((e) => { console.error(e.message); process.exit(1); })'], { cwd: root, env: runtimeEnv, encoding: "utf8" });
  const missing = [...(probeEnv.stderr ?? "").matchAll(/^\s+([A-Z][A-Z0-9_]+): (.+)$/gm)].filter((m) => !(m[1] in runtimeEnv) || runtimeEnv[m[1]] === "");
  if (probeEnv.status === 0 || missing.length === 0) break;
  for (const [, key, message] of missing) runtimeEnv[key] = /url/i.test(message) ? "https://standalone-check.invalid" : "standalone-check-placeholder-value-0000000000";
  console.log(`  placeholder for production variable(s): ${missing.map((m) => m[1]).join(", ")}`);
}

let server: ChildProcess | undefined;
async function cleanup() {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  await s3.close().catch(() => undefined);
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end().catch(() => undefined);
  rmSync(image, { recursive: true, force: true });
}

try {
  // file tracing kept to what the server needs: a dynamic fs path makes Next copy the whole project
  // (sources, tests, local data) into the image
  const strays = ["tests", "docs", "data", "README.md"].filter((f) => existsSync(path.join(image, f)));
  check(strays.length === 0, "the standalone output holds no project files beyond the server's (tests, docs, data)", strays);

  // ---- 3. node migrate.cjs ----
  console.log("▶ node migrate.cjs");
  // the image sets NODE_ENV for every command; migrate.cjs reads only DATABASE_URL
  const migrateEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: dbUrl };
  const migrated = spawnSync("node", ["migrate.cjs"], { cwd: image, env: migrateEnv, encoding: "utf8" });
  check(migrated.status === 0 && /migrate: \d+ applied/.test(migrated.stdout), "migrations applied", migrated.stderr || migrated.stdout);
  const again = spawnSync("node", ["migrate.cjs"], { cwd: image, env: migrateEnv, encoding: "utf8" });
  check(again.status === 0 && /migrate: 0 applied/.test(again.stdout), "a second run applies nothing", again.stdout);

  // ---- 4. node server.js ----
  // first as a self-hoster who copied .env.example's development proxy setting would: refused at start
  console.log(`▶ ${cmdBin} ${cmdArgs.join(" ")} with TRUSTED_PROXY=none`);
  const noProxy = await new Promise<{ code: number | null; stderr: string; live: boolean }>((resolve) => {
    const child = spawn(cmdBin, cmdArgs, { cwd: image, env: { ...runtimeEnv, TRUSTED_PROXY: "none", PORT: String(port + 1) }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(async () => {
      const live = await fetch(`http://127.0.0.1:${port + 1}/api/healthz`).then((r) => r.ok, () => false);
      child.kill("SIGKILL");
      resolve({ code: null, stderr: out, live });
    }, 20_000);
    child.on("exit", (code) => (clearTimeout(timer), resolve({ code, stderr: out, live: false })));
  });
  check(noProxy.code !== null && noProxy.code !== 0 && !noProxy.live, "APP_ENV=production with TRUSTED_PROXY=none does not start", noProxy);
  check(/TRUSTED_PROXY: must name the reverse proxy[^\n]*vercel[^\n]*x-real-ip[^\n]*x-forwarded-for/.test(noProxy.stderr), "…and says which values fit which proxy", noProxy.stderr.slice(-1500));

  console.log(`▶ ${cmdBin} ${cmdArgs.join(" ")} on ${base}${redisUp ? " (with Redis)" : ""}`);
  let stderr = "";
  server = spawn(cmdBin, cmdArgs, { cwd: image, env: runtimeEnv, stdio: ["ignore", "ignore", "pipe"] });
  server.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => server!.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() })));

  let live = false;
  for (let i = 0; i < 300 && server.exitCode === null && !live; i++) {
    live = await fetch(`${base}/api/healthz`).then((r) => r.ok, () => false);
    if (!live) await new Promise((r) => setTimeout(r, 200));
  }
  if (!live) throw new Error(`server did not become live:\n${stderr.slice(-4000)}`);
  check(true, "GET /api/healthz answers (liveness)");

  // readiness may lag liveness (pools connecting): probe as a load balancer would, until ready
  let ready: Response | undefined;
  let readyBody: { checks?: Record<string, string> } = {};
  for (let i = 0; i < 30 && ready?.status !== 200; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 1000));
    ready = await fetch(`${base}/api/healthz/ready`);
    readyBody = await ready.json();
  }
  check(ready?.status === 200 && readyBody.checks?.database === "ok" && readyBody.checks?.migrations === "ok" && readyBody.checks?.storage === "ok" && readyBody.checks?.redis === (redisUp ? "ok" : "skipped"), "GET /api/healthz/ready: database, migrations, S3 (and Redis) ok", readyBody);

  // every job of the registry (vercel.json lists them) ran once through the in-process scheduler
  const jobNames = (JSON.parse(readFileSync(path.join(root, "vercel.json"), "utf8")).crons as { path: string }[]).map((c) => c.path.split("/").pop()!);
  const probe = new pg.Client({ connectionString: dbUrl });
  await probe.connect();
  let runs: { job: string; status: string; error: string | null }[] = [];
  for (let i = 0; i < 120; i++) {
    runs = (await probe.query(`SELECT job, status::text, error FROM "JobRun"`)).rows;
    if (jobNames.every((j) => runs.some((r) => r.job === j && r.status === "SUCCEEDED"))) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await probe.end();
  check(jobNames.every((j) => runs.some((r) => r.job === j && r.status === "SUCCEEDED")), `the scheduler (instrumentation.ts) caught up every job at start: ${jobNames.join(", ")}`, runs);

  const page = await fetch(`${base}/`);
  const html = await page.text();
  check(page.status === 200 && html.includes('<html lang="ko"'), "GET / renders the landing page", page.status);
  const asset = /\/_next\/static\/[^"'\s)]+\.(?:js|css)/.exec(html)?.[0];
  const assetRes = asset ? await fetch(`${base}${asset}`) : null;
  check(assetRes?.status === 200, `static asset served from the copied .next/static (${asset ?? "none found"})`, assetRes?.status);

  const me = await fetch(`${base}/api/me`);
  const meBody = await me.json().catch(() => null);
  check(me.status === 401 && meBody?.error?.code === "UNAUTHENTICATED", "GET /api/me without a session: 401 with the error shape", meBody);

  const job = await fetch(`${base}/api/cron/expire-pending-matches`, { headers: { authorization: `Bearer ${runtimeEnv.CRON_SECRET}` } });
  const jobBody = await job.json().catch(() => null);
  check(job.status === 200 && jobBody?.job === "expire-pending-matches" && jobBody?.summary?.closedMatches === 0, "GET /api/cron/expire-pending-matches runs the job", jobBody);

  // ---- 5. SIGTERM with a request in flight ----
  // a Kakao unlink callback whose form body is still arriving when SIGTERM is sent: the server must
  // stop accepting connections, finish this request (withdrawing the member) and then exit
  const memberId = randomUUID();
  const kakaoId = String(1_000_000_000 + Math.floor(Math.random() * 1_000_000));
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query(`INSERT INTO "User" (id, "kakaoId", status, "updatedAt") VALUES ($1, $2, 'ACTIVE', now())`, [memberId, kakaoId]);
  const body = `user_id=${kakaoId}&referrer_type=UNLINK_FROM_APPS`;
  const inflight = new Promise<{ status: number; text: string; at: number }>((resolve, reject) => {
    const req = http.request(`${base}/api/webhooks/kakao/unlink`, {
      method: "POST",
      headers: { authorization: `KakaoAK ${runtimeEnv.KAKAO_ADMIN_KEY}`, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, at: Date.now() }));
    });
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      server!.kill("SIGTERM");
      setTimeout(() => req.end(body.slice(10)), 1500);
    }, 500);
  });
  await new Promise((r) => setTimeout(r, 1200)); // SIGTERM has been sent; the request is still open
  const refused = await fetch(`${base}/api/healthz`, { signal: AbortSignal.timeout(2000) }).then(() => false, () => true);
  check(refused, "after SIGTERM a new connection is refused");
  check(server.exitCode === null, "the server waits for the in-flight request before exiting");
  const response = await inflight;
  check(response.status === 200 && JSON.parse(response.text).ok === true, "the in-flight request completes after SIGTERM", response);
  const row = await db.query<{ status: string }>(`SELECT status FROM "User" WHERE id = $1`, [memberId]);
  check(row.rows[0]?.status === "WITHDRAWN", "…and its database write is committed", row.rows[0]);
  await db.end();
  const exit = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
  // Next exits with 128 + SIGTERM (143) after draining: a signal termination, as Docker expects
  check(exit !== null && (exit.code === 143 || exit.code === 0 || exit.signal === "SIGTERM"), "the server exits after draining", exit);
  check(exit !== null && exit.at >= response.at, "…and only after the in-flight response was sent");
} catch (err) {
  check(false, (err as Error).message);
} finally {
  await cleanup();
}

console.log(`\nstandalone check: ${failures === 0 ? "passed" : `${failures} FAILED`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(failures === 0 ? 0 : 1);
