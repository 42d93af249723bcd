// Lighthouse (Debian Chromium, Lighthouse's default mobile emulation and simulated throttling) for the
// landing page, a member's recommendations and the admin members list, against the production build
// (./prod-server.ts). Each page BENCH_LH_RUNS times (default 3); the run with the median performance
// score is reported.
//   NEXT_DIST_DIR=.next-bench npx next build
//   NEXT_DIST_DIR=.next-bench DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/lighthouse.ts
// Env: LIGHTHOUSE_BIN (default: `npx --yes lighthouse@12`), CHROME_PATH (/usr/bin/chromium), BENCH_LH_RUNS.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { lighthouse, runScript, type Result } from "./measure";
import { withProductionServer } from "./prod-server";

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const OUT = path.resolve(".tmp/lighthouse");

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
