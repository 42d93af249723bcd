// Next.js calls register() once per server process before it serves requests. In the Node.js runtime
// it starts the in-process job scheduler for self-hosting (only when SCHEDULER_ENABLED=true).
// `process.env.NEXT_RUNTIME` is not configuration (which only lib/env.ts reads): it is a constant Next
// writes into each bundle at build time, and only the literal lets the bundler drop the import from
// the edge build of this file, which Next makes even without edge routes. Read through lib/env, the
// edge build pulls in the whole server (29 MB, Prisma and node: modules) — measured, not kept.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSchedulerFromEnv } = await import("./lib/jobs/start");
    startSchedulerFromEnv();
  }
}
