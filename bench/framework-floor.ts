// The floor of the framework on this machine (not a test): a fresh Next app with the repository's own
// next/react versions — one prerendered page (a heading and one Korean paragraph, no client component)
// and one route handler answering `{ ok: true }` — built and started like ours, then measured with the
// same settings as bench/api-load.ts (32 connections, 5 s warm-up + 10 s) and bench/lighthouse.ts
// (Lighthouse mobile, BENCH_LH_RUNS runs). What no page or route of ours can beat on this machine.
//   npx tsx bench/framework-floor.ts
// Env: BENCH_LH_RUNS (5; 0 skips Lighthouse), LIGHTHOUSE_BIN, CHROME_PATH, BENCH_PORT (3404).
// Built with `next build --webpack`: Turbopack refuses a node_modules outside the project root, and the
// throwaway app borrows the repository's through a symlink.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { runScript } from "./prod-server";

const PORT = Number(process.env.BENCH_PORT ?? 3404);
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const [LH, ...LH_ARGS] = (process.env.LIGHTHOUSE_BIN ?? "npx --yes lighthouse@12").split(" ");

const FILES: Record<string, string> = {
  "package.json": `{ "name": "framework-floor", "private": true }`,
  "next.config.mjs": "export default { reactStrictMode: true, poweredByHeader: false };",
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="ko"><body>{children}</body></html>);
}`,
  "app/page.tsx": `export default function Page() {
  return (<main><h1>인연</h1><p>매주 서로 잘 맞는 분을 소개해 드려요. 두 분 모두 마음이 있을 때만 매칭이 이루어지고, 비용은 매칭이 성사된 경우에만 들어요.</p></main>);
}`,
  "app/api/ping/route.ts": `export const dynamic = "force-dynamic";
export function GET() { return Response.json({ ok: true }); }`,
};

runScript(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "inyeon-floor-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
    const next = path.resolve("node_modules/next/dist/bin/next");
    execFileSync(process.execPath, [next, "build", "--webpack"], { cwd: dir, env, stdio: "ignore" });
    const server = spawn(process.execPath, [next, "start", "-p", String(PORT)], { cwd: dir, env, stdio: "ignore", detached: true });
    const base = `http://localhost:${PORT}`;
    try {
      for (let i = 0; i < 60 && !(await fetch(`${base}/api/ping`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
      console.log("| request | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|");
      for (const p of ["/", "/api/ping"]) {
        await autocannon({ url: base + p, connections: 32, duration: 5 });
        const r = await autocannon({ url: base + p, connections: 32, duration: 10 });
        console.log(`| ${p} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} |`);
      }
      const scores: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const out = path.join(dir, `lh-${i}.json`);
        const args = [...LH_ARGS, `${base}/`, `--chrome-path=${CHROME}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu", "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet"];
        execFileSync(LH, args, { stdio: ["ignore", "ignore", "inherit"] });
        const lhr = JSON.parse(readFileSync(out, "utf8"));
        scores.push(Math.round(100 * lhr.categories.performance.score));
        console.log(`Lighthouse run ${i + 1}: performance ${scores.at(-1)}, TBT ${Math.round(lhr.audits["total-blocking-time"].numericValue)} ms, LCP ${Math.round(lhr.audits["largest-contentful-paint"].numericValue)} ms, benchmarkIndex ${lhr.environment.benchmarkIndex}`);
      }
      if (scores.length) console.log(`Lighthouse median: ${[...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)]} (${scores.join(", ")})`);
    } finally {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
