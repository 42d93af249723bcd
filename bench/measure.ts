// What the speed benchmarks share: one load measurement (autocannon, warm-up then the measured run),
// one Lighthouse run (Debian Chromium, default mobile emulation and simulated throttling), and the script runner.
// Env: BENCH_SECONDS (10), BENCH_CONNECTIONS (32), LIGHTHOUSE_BIN (default `npx --yes lighthouse@12`),
// CHROME_PATH (/usr/bin/chromium).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const [BIN, ...BIN_ARGS] = (process.env.LIGHTHOUSE_BIN ?? "npx --yes lighthouse@12").split(" ");

export type Row = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

/** A 5 s warm-up (JIT, plan caches and connection pools hot), then SECONDS measured at CONNECTIONS. */
export async function measureLoad(name: string, url: string, opts: Partial<autocannon.Options> = {}): Promise<Row> {
  await autocannon({ url, connections: CONNECTIONS, duration: 5, ...opts });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

export type Result = { page: string; performance: number; accessibility: number; bestPractices: number; fcp: number; lcp: number; tbt: number; cls: number; si: number };

export function lighthouse(url: string, cookie: string | null, out: string): Result {
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

/** Runs `main` and exits with its outcome (benchmarks are scripts). */
export function runScript(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
