// Lighthouse (Debian Chromium, Lighthouse's default mobile emulation and simulated throttling) for the
// landing page, a member's recommendations and the admin members list, against the production build
// (./prod-server.ts). Each page BENCH_LH_RUNS times (default 3); the run with the median performance
// score is reported.
//   NEXT_DIST_DIR=.next-bench npx next build
//   NEXT_DIST_DIR=.next-bench DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/lighthouse.ts
// Env: LIGHTHOUSE_BIN (default: `npx --yes lighthouse@12`), CHROME_PATH (/usr/bin/chromium), BENCH_LH_RUNS.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runScript, withProductionServer } from "./prod-server";

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const [BIN, ...BIN_ARGS] = (process.env.LIGHTHOUSE_BIN ?? "npx --yes lighthouse@12").split(" ");
const OUT = path.resolve(".tmp/lighthouse");

type Result = { page: string; performance: number; accessibility: number; bestPractices: number; fcp: number; lcp: number; tbt: number; cls: number; si: number };

function lighthouse(url: string, cookie: string | null, out: string): Result {
  const args = [
    ...BIN_ARGS,
    url,
    `--chrome-path=${CHROME}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    "--only-categories=performance,accessibility,best-practices",
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ cookie })}`);
  execFileSync(BIN, args, { stdio: ["ignore", "ignore", "inherit"] });
  const lhr = JSON.parse(readFileSync(out, "utf8"));
  if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (session not accepted?)`);
  const score = (c: string) => Math.round(100 * (lhr.categories[c]?.score ?? 0));
  const ms = (a: string) => Math.round(lhr.audits[a]?.numericValue ?? NaN);
  return {
    page: new URL(url).pathname,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    fcp: ms("first-contentful-paint"),
    lcp: ms("largest-contentful-paint"),
    tbt: ms("total-blocking-time"),
    cls: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
    si: ms("speed-index"),
  };
}

/** one request first, so the measured runs see a compiled, cached route (a pooled socket the server closed is retried) */
async function warm(url: string, cookie: string | null) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, { headers: cookie ? { cookie } : {} });
      await res.text();
      return;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
}

runScript(() =>
  withProductionServer(async ({ baseUrl, members, admin, sessionCookie }) => {
    mkdirSync(OUT, { recursive: true });
    const pages: { name: string; path: string; cookie: string | null }[] = [
      { name: "landing", path: "/", cookie: null },
      { name: "recommendations", path: "/recommendations", cookie: await sessionCookie(members[0].id) },
      { name: "admin-users", path: "/admin/users", cookie: await sessionCookie(admin.id, "ADMIN") },
    ];
    const rows: Result[] = [];
    for (const p of pages) {
      await warm(baseUrl + p.path, p.cookie);
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(lighthouse(baseUrl + p.path, p.cookie, path.join(OUT, `${p.name}-${i}.json`)));
      runs.sort((a, b) => a.performance - b.performance);
      rows.push(runs[Math.floor(runs.length / 2)]);
      console.log(`${p.path}: performance ${runs.map((r) => r.performance).join(", ")}`);
    }
    console.log(`\nLighthouse, mobile (default emulation), median of ${RUNS} (${new Date().toISOString()})\n`);
    console.log("| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.si} |`);
  }),
);
