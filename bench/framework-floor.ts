// The floor of the framework on this machine (not a test): a fresh Next app with the repository's own
// next/react versions — one prerendered page (a heading and one Korean paragraph, no client component)
// and one route handler answering `{ ok: true }` — built and started like ours, then measured with the
// same settings as bench/api-load.ts (32 connections, 5 s warm-up + 10 s) and bench/lighthouse.ts
// (Lighthouse mobile, BENCH_LH_RUNS runs). What no page or route of ours can beat on this machine.
//   npx tsx --conditions=react-server bench/framework-floor.ts
// Env: BENCH_LH_RUNS (5; 0 skips Lighthouse), BENCH_PORT (3404), and those of ./measure.ts.
// Built with `next build --webpack`: Turbopack refuses a node_modules outside the project root, and the
// throwaway app borrows the repository's through a symlink.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lighthouse, measureLoad, runScript } from "./measure";

const PORT = Number(process.env.BENCH_PORT ?? 3404);
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);

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
        const r = await measureLoad(p, base + p);
        console.log(`| ${p} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} |`);
      }
      const scores: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = lighthouse(`${base}/`, null, path.join(dir, `lh-${i}.json`));
        scores.push(r.performance);
        console.log(`Lighthouse run ${i + 1}: performance ${r.performance}, TBT ${r.tbt} ms, LCP ${r.lcp} ms`);
      }
      if (scores.length) console.log(`Lighthouse median: ${[...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)]} (${scores.join(", ")})`);
    } finally {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
