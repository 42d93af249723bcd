// A Vitest reporter that ends the run with one loud block listing every test that did not run
// because something was missing on this machine (a PostgreSQL server at DATABASE_URL, Redis,
// PostgreSQL's binaries), with what the machine lacked. A green run that silently skipped a suite
// looks the same as a full one otherwise; CI has all of them, so there the block does not appear.
import { existsSync } from "node:fs";
import { connect } from "node:net";
import type { Reporter, TestModule, Vitest } from "vitest/node";

const PG_BIN = "/usr/lib/postgresql/15/bin/pg_ctl";

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false)).on("timeout", () => (socket.destroy(), resolve(false)));
  });
}

export default class SkipSummary implements Reporter {
  private filtered = false;
  private redis: Promise<boolean> = Promise.resolve(true);

  onInit(vitest: Vitest) {
    // a run narrowed by name skips the rest on purpose: nothing to report
    this.filtered = Boolean(vitest.config.testNamePattern);
    this.redis = reachable("127.0.0.1", 6379);
  }

  async onTestRunEnd(modules: readonly TestModule[]) {
    if (this.filtered) return;
    const skipped: string[] = [];
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state !== "skipped" || test.options.mode === "todo") continue;
        const file = mod.relativeModuleId ?? mod.moduleId;
        skipped.push(`  ${file} › ${test.fullName}${result.note ? `  (${result.note})` : ""}`);
      }
    }
    if (skipped.length === 0) return;
    const missing = [
      !process.env.DATABASE_URL && "DATABASE_URL is not set: integration tests ran on in-process PGlite, PostgreSQL-only suites did not run",
      !(await this.redis) && "no Redis at 127.0.0.1:6379 (TEST_REDIS_URL)",
      !existsSync(PG_BIN) && `no PostgreSQL binaries (${PG_BIN})`,
    ].filter(Boolean);
    const line = "═".repeat(100);
    const out = [
      "",
      line,
      ` SKIPPED: ${skipped.length} test${skipped.length === 1 ? "" : "s"} did not run on this machine`,
      ...missing.map((m) => `  • ${m}`),
      ...skipped,
      " CI runs them all: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres, Redis on 6379, PostgreSQL 15 installed.",
      line,
      "",
    ];
    process.stdout.write(`\x1b[1;33m${out.join("\n")}\x1b[0m\n`);
  }
}
