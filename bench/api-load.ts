// API load benchmark (not a test): the production build under 32 connections (autocannon), in ONE run,
// for a static page, GET /api/healthz, GET /api/me, GET /api/recommendations, a first POST /api/likes
// and GET /api/admin/users: req/s, p50, p99 and each as a ratio of the static page's req/s.
//   NEXT_DIST_DIR=.next-bench npx next build
//   NEXT_DIST_DIR=.next-bench DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/7 npx tsx --conditions=react-server bench/api-load.ts
// Env: BENCH_SECONDS (10), BENCH_CONNECTIONS (32), and those of ./prod-server.ts.
import type autocannon from "autocannon";
import { CONNECTIONS, measureLoad, runScript, SECONDS, type Row } from "./measure";
import { withProductionServer } from "./prod-server";

runScript(() =>
  withProductionServer(async ({ baseUrl, week, members, admin, recs, bearer }) => {
    const measure = (name: string, opts: Partial<autocannon.Options>) => measureLoad(name, baseUrl, opts);
    const tokens = new Map<string, string>();
    for (const m of members) tokens.set(m.id, await bearer(m.id));
    const adminToken = await bearer(admin.id, "ADMIN");
    const ids = members.map((m) => m.id);
    let n = 0;
    const rotating = (p: string) => ({
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: p, headers: { authorization: `Bearer ${tokens.get(ids[n++ % ids.length])}` } }) }],
    });
    let k = 0;
    const likes = {
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            const rec = recs[k++ % recs.length]; // each pair once while k < recs.length: a first like
            return { ...req, method: "POST", path: "/api/likes", headers: { authorization: `Bearer ${tokens.get(rec.userId)}`, "content-type": "application/json" }, body: JSON.stringify({ toUserId: rec.targetId, batchWeek: week }) };
          },
        },
      ],
    };

    const rows: Row[] = [];
    rows.push(await measure("static page (/terms)", { requests: [{ path: "/terms" }] } as never));
    rows.push(await measure("GET /api/healthz", { requests: [{ path: "/api/healthz" }] } as never));
    rows.push(await measure("GET /api/me", rotating("/api/me") as never));
    rows.push(await measure("GET /api/recommendations", rotating("/api/recommendations") as never));
    rows.push(await measure("POST /api/likes (first like)", likes as never));
    rows.push(await measure("GET /api/admin/users", { requests: [{ path: "/api/admin/users", headers: { authorization: `Bearer ${adminToken}` } }] } as never));

    const base = rows[0].rps;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, one run (${new Date().toISOString()})\n`);
    console.log("| request | req/s | p50 ms | p99 ms | vs static | non-2xx | errors |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((100 * r.rps) / base).toFixed(0)} % | ${r.non2xx} | ${r.errors} |`);
    if (k > recs.length) console.log(`\nnote: ${k - recs.length} like requests repeated a pair (not first likes): raise BENCH_MEMBERS`);
  }),
);
