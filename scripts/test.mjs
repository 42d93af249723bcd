// `npm test` – the whole suite: unit + integration (Vitest), then E2E (Playwright, Debian Chromium,
// against a production build). Integration tests use the PostgreSQL server at DATABASE_URL when
// set, else in-process PGlite, so this passes on a fresh machine with nothing installed.
import { spawnSync } from "node:child_process";
import net from "node:net";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.join("node_modules", ".bin", name);
const started = Date.now();
/** steps this machine could not run, listed loudly at the end (CI runs them all) */
const skipped = [];
function skip(title, why) {
  console.log(`\n▶ ${title}: SKIPPED (${why})`);
  skipped.push(`  • ${title} — ${why}`);
}

function step(title, cmd, args) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  console.log(`  ${title}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 1000 }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false)).on("timeout", () => (socket.destroy(), resolve(false)));
  });
}

function findChromium() {
  return [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => p && existsSync(p));
}

step("prisma generate", process.execPath, ["scripts/prisma-generate.mjs"]);
// every API response is checked against its declared schema; the calls are logged for the coverage check
mkdirSync(".tmp", { recursive: true });
const contractLog = path.resolve(".tmp/contract-calls.log");
rmSync(contractLog, { force: true });
env.CONTRACT_LOG = contractLog;
step("unit + integration tests (vitest)", bin("vitest"), ["run"]);
delete env.CONTRACT_LOG;
step("every operation called (contract coverage)", bin("tsx"), ["--conditions=react-server", "tests/contract-coverage.ts", contractLog]);

if (!findChromium() && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  // browsers cannot be downloaded by Playwright here; Debian's chromium can be installed
  step("install chromium (apt)", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null"]);
}
if (!findChromium()) {
  console.error("E2E needs Chromium: install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.");
  process.exit(1);
}
step("next build", bin("next"), ["build"]);
// every action id the build compiled is action(op) of a declared operation (or an Auth.js session action)
env.ACTIONS_MANIFEST = ".next/server/server-reference-manifest.json";
step("every server action derived from an operation", bin("vitest"), ["run", "--project", "unit", "tests/unit/actions-build.test.ts"]);
delete env.ACTIONS_MANIFEST;
// the production image's layout and commands (Dockerfile) without Docker: needs a PostgreSQL server
if (env.DATABASE_URL) step("standalone server as the image runs it", bin("tsx"), ["--conditions=react-server", "tests/standalone/run.ts"]);
else skip("standalone server as the image runs it", "needs DATABASE_URL (a PostgreSQL server)");
// two instances against one PostgreSQL and Redis: shared rate limits, one cron build, bans at once
if (env.DATABASE_URL && (env.REDIS_URL || (await reachable(6379)))) step("two instances, one database and Redis", bin("tsx"), ["--conditions=react-server", "tests/multi-instance/run.ts"]);
else skip("two instances, one database and Redis", "needs DATABASE_URL and a Redis server on 6379 (or REDIS_URL)");
step("e2e tests (playwright)", bin("playwright"), ["test"]);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (skipped.length === 0) console.log(`\nall tests passed in ${seconds}s`);
else {
  const line = "═".repeat(100);
  console.log(`\n\x1b[1;33m${line}\n the tests that ran passed in ${seconds}s, but ${skipped.length} step(s) did not run on this machine:\n${skipped.join("\n")}\n (Vitest listed its own skipped tests above.) CI runs them all.\n${line}\x1b[0m`);
}
