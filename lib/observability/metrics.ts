// Prometheus metrics (prom-client), served by GET /api/metrics. One registry per process (kept on
// globalThis: Next may load this module in several bundles). Other modules record through the small
// functions below, never through prom-client directly, so names and labels stay in one place.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

function build() {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "inyeon" });
  collectDefaultMetrics({ register: registry, prefix: "inyeon_" });
  return {
    registry,
    requests: new Counter({ name: "inyeon_http_requests_total", help: "API requests by operation and status", labelNames: ["operation", "method", "status"], registers: [registry] }),
    latency: new Histogram({
      name: "inyeon_http_request_duration_seconds",
      help: "API request latency by operation",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    dbErrors: new Counter({ name: "inyeon_db_errors_total", help: "Requests that failed on the database, by kind (unavailable = 503)", labelNames: ["kind"], registers: [registry] }),
    rateLimited: new Counter({ name: "inyeon_rate_limited_total", help: "Requests refused with 429, by rule", labelNames: ["rule"], registers: [registry] }),
    weeklyRunDuration: new Gauge({ name: "inyeon_weekly_run_duration_seconds", help: "Duration of the last weekly recommendation run", labelNames: ["week", "status"], registers: [registry] }),
    weeklyRunCoverage: new Gauge({ name: "inyeon_weekly_run_coverage_ratio", help: "Share of eligible members who got recommendations in the last run", labelNames: ["week"], registers: [registry] }),
    weeklyRuns: new Counter({ name: "inyeon_weekly_runs_total", help: "Weekly recommendation runs by final status", labelNames: ["status"], registers: [registry] }),
    deliveries: new Counter({ name: "inyeon_notification_deliveries_total", help: "External notification sends by channel and outcome (sent, failed, retried)", labelNames: ["channel", "outcome"], registers: [registry] }),
    payments: new Counter({ name: "inyeon_payment_outcomes_total", help: "Payment outcomes (confirmed, failed, canceled, verified, …)", labelNames: ["outcome", "method"], registers: [registry] }),
  };
}

type Metrics = ReturnType<typeof build>;
const g = globalThis as unknown as { __inyeonMetrics?: Metrics };
const metrics = (): Metrics => (g.__inyeonMetrics ??= build());

export function recordRequest(operation: string, method: string, status: number, seconds: number) {
  const m = metrics();
  m.requests.inc({ operation, method, status: String(status) });
  m.latency.observe({ operation }, seconds);
}

export function recordDbError(kind: "unavailable" | "other") {
  metrics().dbErrors.inc({ kind });
}

export function recordRateLimited(rule: string) {
  metrics().rateLimited.inc({ rule });
}

/** Call when a weekly run ends: coverage = members served / eligible members (0–1). */
export function recordWeeklyRun(run: { week: string; status: string; durationMs: number; coverage?: number | null }) {
  const m = metrics();
  m.weeklyRuns.inc({ status: run.status });
  m.weeklyRunDuration.reset();
  m.weeklyRunDuration.set({ week: run.week, status: run.status }, run.durationMs / 1000);
  if (run.coverage !== undefined && run.coverage !== null && Number.isFinite(run.coverage)) {
    m.weeklyRunCoverage.reset();
    m.weeklyRunCoverage.set({ week: run.week }, run.coverage);
  }
}

/** Call once per payment outcome: "confirmed", "failed", "canceled", "verified", "expired", … (low cardinality). */
export function recordPaymentOutcome(outcome: string, method?: "TOSS" | "TRANSFER") {
  metrics().payments.inc({ outcome, method: method ?? "unknown" });
}

/** One provider call of the notification delivery job: sent, failed (permanently) or retried (later). */
export function recordDelivery(channel: string, outcome: "sent" | "failed" | "retried") {
  metrics().deliveries.inc({ channel, outcome });
}

export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
