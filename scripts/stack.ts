// Runs the whole app locally: `tsx --conditions=react-server scripts/stack.ts dev|preview|e2e`.
// With nothing configured it uses the embedded defaults: PGlite under ./data and the local
// Kakao-, Toss-, PortOne-, S3- and Solapi-compatible servers and an SMTP inbox. Real keys/URLs in the environment
// (or .env / .env.local) switch each part to the real service.
//   dev     – migrate + seed + this week's recommendations, then `next dev`
//   preview – migrate + seed, then the production build as the Docker image runs it: `node server.js`
//             in .next/standalone (after `npm run build`; `npm start` runs that server alone)
//   e2e     – like preview plus this week's recommendations, on a fresh database (Playwright's web server)
// Later starts skip work already done (client generated for this schema, migrations applied, seed
// present, this week's run COMPLETED: scripts/dev-prepare.ts), and the local stand-ins start while
// the database is prepared.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { layOutImage, readImageSpec, standaloneDir } from "./image-layout";

const mode = process.argv[2] ?? "dev";
if (!["dev", "preview", "e2e"].includes(mode)) {
  console.error(`usage: tsx --conditions=react-server scripts/stack.ts dev|preview|e2e`);
  process.exit(2);
}

for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);
// the app's one env schema supplies every default (ports, the embedded database's directory…)
const { env: defaults } = await import("../lib/env");

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const children: ChildProcess[] = [];
const tsx = path.join("node_modules", ".bin", "tsx");
// lib/env, lib/db and lib/crypto import "server-only": outside Next a script resolves it with React's
// server condition (its empty module), as Next does for server code (docs/architecture.md)
const SERVER = "--conditions=react-server";
const next = path.join("node_modules", ".bin", "next");

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`[stack] ${cmd} ${args.join(" ")} failed`);
    shutdown(1);
  }
}

/** E2E: the app server's own output (what it logs), also written here for specs to read (tests/e2e/reach.spec.ts) */
export const E2E_SERVER_LOG = path.resolve(".tmp", "e2e-server.log");

function start(name: string, cmd: string, args: string[], cwd?: string, { tee }: { tee?: string } = {}) {
  const child = spawn(cmd, args, { stdio: tee ? ["inherit", "pipe", "pipe"] : "inherit", env, cwd });
  if (tee) {
    mkdirSync(path.dirname(tee), { recursive: true });
    const file = createWriteStream(tee, { flags: "w" });
    child.stdout!.on("data", (chunk: Buffer) => void (process.stdout.write(chunk), file.write(chunk)));
    child.stderr!.on("data", (chunk: Buffer) => void (process.stderr.write(chunk), file.write(chunk)));
  }
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`[stack] ${name} exited (${code}); stopping`);
      shutdown(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, name: string) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error(`[stack] ${name} did not start at ${url}`);
  shutdown(1);
}

let stopping = false;
function shutdown(code = 0): never {
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

// --- database -------------------------------------------------------------------------------
if (mode === "e2e") {
  // E2E browsers play many members at once: each context sends its own X-Real-IP (tests/e2e/fixtures.ts),
  // as a proxy would, so the per-IP abuse limits count per member and not for the whole suite
  env.TRUSTED_PROXY ??= "x-real-ip";
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const name = "inyeon_e2e";
    const admin = new URL(url);
    run(process.execPath, ["-e", `
      const pg = require("pg");
      const c = new pg.Client({ connectionString: ${JSON.stringify(admin.toString())} });
      c.connect().then(() => c.query("DROP DATABASE IF EXISTS ${name} WITH (FORCE)"))
        .then(() => c.query("CREATE DATABASE ${name}")).then(() => c.end())
        .catch((e) => { console.error(e.message); process.exit(1); });`]);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  } else {
    env.PGLITE_DIR = path.join(".tmp", "e2e-pglite");
    rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  }
}

// the standalone server runs in its own directory (it chdirs there): paths must not be relative
for (const key of ["PGLITE_DIR", "STORAGE_DIR"] as const) {
  const value = env[key] ?? defaults[key];
  if (!value.includes("://")) env[key] = path.resolve(value);
}

run(process.execPath, ["scripts/prisma-generate.mjs", "--if-changed"]);

// --- local stand-ins for Kakao, Toss, PortOne and S3 --------------------------------------------------------
const kakaoStub = !env.KAKAO_CLIENT_ID;
if (kakaoStub) {
  const port = String(defaults.KAKAO_STUB_PORT);
  Object.assign(env, {
    KAKAO_STUB_PORT: port,
    KAKAO_AUTH_BASE: `http://127.0.0.1:${port}`,
    KAKAO_API_BASE: `http://127.0.0.1:${port}`,
  });
  start("kakao-stub", tsx, [SERVER, "dev/kakao/cli.ts"]);
}
// Toss: the dev default keys (or none) select the local stand-in; E2E always uses it (its checkout
// page is scriptable). Real test/live keys in the environment keep Toss's real URLs.
const tossStub = mode === "e2e" || !env.TOSS_SECRET_KEY || env.TOSS_SECRET_KEY === "test_sk_dev";
if (tossStub) {
  const port = String(defaults.TOSS_STUB_PORT);
  const base = `http://127.0.0.1:${port}`;
  Object.assign(env, {
    TOSS_STUB_PORT: port,
    TOSS_SECRET_KEY: "test_sk_dev",
    TOSS_CLIENT_KEY: "test_ck_dev",
    NEXT_PUBLIC_TOSS_CLIENT_KEY: "test_ck_dev",
    TOSS_API_BASE: base,
    TOSS_SDK_URL: `${base}/v1`,
  });
  start("toss-stub", tsx, [SERVER, "dev/toss/cli.ts"]);
}
// PortOne (본인인증): no secret or the dev one selects the local stand-in; E2E always uses it (its
// 본인인증 window is scriptable). A real API secret keeps PortOne's real URLs.
const portoneStub = mode === "e2e" || !env.PORTONE_API_SECRET || env.PORTONE_API_SECRET === defaults.PORTONE_API_SECRET;
if (portoneStub) {
  const port = String(defaults.PORTONE_STUB_PORT);
  const base = `http://127.0.0.1:${port}`;
  Object.assign(env, {
    PORTONE_STUB_PORT: port,
    PORTONE_API_SECRET: defaults.PORTONE_API_SECRET,
    PORTONE_STORE_ID: defaults.PORTONE_STORE_ID,
    PORTONE_IDENTITY_CHANNEL_KEY: defaults.PORTONE_IDENTITY_CHANNEL_KEY,
    PORTONE_API_BASE: base,
    PORTONE_SDK_URL: `${base}/v2/browser-sdk.js`,
  });
  start("portone-stub", tsx, [SERVER, "dev/portone/cli.ts"]);
}
if (!env.S3_ENDPOINT && !env.S3_ACCESS_KEY_ID && existsSync("dev/s3/cli.ts")) {
  const port = String(defaults.S3_STUB_PORT);
  if (mode === "e2e") env.STORAGE_DIR = path.resolve(".tmp", "e2e-s3");
  Object.assign(env, { S3_STUB_PORT: port, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_FORCE_PATH_STYLE: "true" });
  start("s3-stub", tsx, [SERVER, "dev/s3/cli.ts"]);
}

// Solapi (알림톡/SMS) and e-mail: the dev keys (or none) select the local servers, whose pages show
// what the app sent (http://127.0.0.1:4400/ and :4500/); E2E always uses them.
const solapiStub = mode === "e2e" || !env.SOLAPI_API_KEY || env.SOLAPI_API_KEY === "dev-solapi-key";
if (solapiStub) {
  const port = String(defaults.SOLAPI_STUB_PORT);
  Object.assign(env, { SOLAPI_STUB_PORT: port, SOLAPI_API_BASE: `http://127.0.0.1:${port}`, SOLAPI_API_KEY: "dev-solapi-key", SOLAPI_API_SECRET: "dev-solapi-secret" });
  delete env.KAKAO_CHANNEL_PFID;
  delete env.SMS_SENDER;
  start("solapi-stub", tsx, [SERVER, "dev/solapi/cli.ts"]);
}
const smtpStub = mode === "e2e" || !env.SMTP_URL;
if (smtpStub) {
  const [smtpPort, webPort] = [String(defaults.SMTP_STUB_PORT), String(defaults.SMTP_STUB_WEB_PORT)];
  Object.assign(env, { SMTP_STUB_PORT: smtpPort, SMTP_STUB_WEB_PORT: webPort, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
  start("smtp-stub", tsx, [SERVER, "dev/smtp/cli.ts"]);
}
if (!env.NOTIFICATION_CHANNELS || mode === "e2e") env.NOTIFICATION_CHANNELS = "alimtalk,sms,email";

// --- the database (while the stand-ins start): migrations, seed, this week's recommendations --
run(tsx, [SERVER, "scripts/dev-prepare.ts", mode === "preview" ? "preview" : "dev"]);
if (kakaoStub) await waitFor(`${env.KAKAO_AUTH_BASE}/healthz`, "kakao-stub");
if (tossStub) await waitFor(`${env.TOSS_API_BASE}/healthz`, "toss-stub");
if (solapiStub) await waitFor(`${env.SOLAPI_API_BASE}/healthz`, "solapi-stub");
if (smtpStub) await waitFor(`http://127.0.0.1:${env.SMTP_STUB_WEB_PORT}/healthz`, "smtp-stub");
if (portoneStub) await waitFor(`${env.PORTONE_API_BASE}/healthz`, "portone-stub");

// --- the app ---------------------------------------------------------------------------------
const port = env.PORT || new URL(defaults.APP_URL).port || "3000";
if (mode === "dev") {
  start("next", next, ["dev", "--port", port]);
  // without the in-process scheduler nothing would deliver notifications in development: call the
  // delivery job's cron endpoint every 30 s, so 알림톡/e-mail show up on the local servers' pages
  if (!env.SCHEDULER_ENABLED) {
    const secret = env.CRON_SECRET || defaults.CRON_SECRET;
    setInterval(() => {
      fetch(`http://localhost:${port}/api/cron/deliver-notifications`, { headers: { Authorization: `Bearer ${secret}` } }).catch(() => undefined);
    }, 30_000).unref();
  }
}
else {
  // what the image runs (Dockerfile CMD), in the layout its COPY lines make (scripts/image-layout.ts)
  const root = process.cwd();
  const distDir = env.NEXT_DIST_DIR || ".next";
  const dir = standaloneDir(root, distDir);
  if (!existsSync(path.join(dir, "server.js"))) {
    console.error(`[stack] ${path.relative(root, dir)}/server.js not found: run \`npm run build\` first`);
    shutdown(1);
  }
  const spec = readImageSpec(root);
  layOutImage(spec, { root, distDir, dir });
  // on this machine the server answers where the browser and OAuth redirect URIs point (localhost); the image binds 0.0.0.0 itself
  Object.assign(env, { PORT: port, HOSTNAME: "localhost" });
  const [bin, ...args] = spec.cmd;
  start("server", bin === "node" ? process.execPath : bin, args, dir, { tee: mode === "e2e" ? E2E_SERVER_LOG : undefined });
}
console.log(`[stack] app on http://localhost:${port} (${env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite at ${env.PGLITE_DIR ?? defaults.PGLITE_DIR}`})`);
