// Next.js calls register() once per server process before it serves requests. In the Node.js runtime
// it starts the in-process job scheduler for self-hosting (only when SCHEDULER_ENABLED=true).
// `process.env.NEXT_RUNTIME` is not configuration (which only lib/env.ts reads): it is a constant Next
// writes into each bundle at build time, and only the literal lets the bundler drop the import from
// the edge build of this file, which Next makes even without edge routes. Read through lib/env, the
// edge build pulls in the whole server (29 MB, Prisma and node: modules) — measured, not kept.
// A configuration the app refuses (lib/env.ts, e.g. production without a trusted proxy) ends the
// process here: Next would log the failed hook and keep serving on a configuration it cannot use.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    let start: typeof import("./lib/jobs/start").startSchedulerFromEnv;
    try {
      ({ startSchedulerFromEnv: start } = await import("./lib/jobs/start"));
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    }
    start();
  }
}
