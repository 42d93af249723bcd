// Next.js calls register() once per server process before it serves requests. In the Node.js runtime
// it starts the in-process job scheduler for self-hosting (only when SCHEDULER_ENABLED=true); an edge
// bundle never loads it: the import sits inside the NEXT_RUNTIME check, which the bundler resolves
// per runtime (Next's documented pattern).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSchedulerFromEnv } = await import("./lib/jobs/start");
    startSchedulerFromEnv();
  }
}
