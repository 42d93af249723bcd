// Observability: GET /api/metrics (Prometheus text behind METRICS_TOKEN) counts requests by operation
// and status, latencies, database outages and weekly runs; the request id reaches every log line of
// its request (pino mixin over AsyncLocalStorage) and the body of a 5xx.
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { defineOperation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recordPaymentOutcome, recordWeeklyRun } from "@/lib/observability/metrics";
import { currentRequestContext } from "@/lib/observability/request-context";
import { z } from "zod";
import { getMeOperation } from "@/lib/members/get-me";
import { getMetricsOperation } from "@/lib/observability/get-metrics";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

afterEach(() => {
  env.METRICS_TOKEN = undefined;
});

describe("GET /api/metrics", () => {
  it("answers 401 without the token (also when none is configured) and Prometheus text with it", async () => {
    expect((await callOp(getMetricsOperation)).status).toBe(401);
    expect((await callOp(getMetricsOperation, { as: { token: "anything" } })).status).toBe(401);
    env.METRICS_TOKEN = "metrics-token-for-tests-0123456789";
    expect((await callOp(getMetricsOperation, { as: { token: "wrong-token" } })).error?.code).toBe("UNAUTHENTICATED");

    const member = await createMember();
    await callOp(getMeOperation, { as: member });
    await callOp(getMeOperation);
    recordWeeklyRun({ week: "2026-W49", status: "COMPLETED", durationMs: 1500, coverage: 0.98 });
    recordPaymentOutcome("confirmed", "TOSS");

    const res = await callOp(getMetricsOperation, { as: { token: env.METRICS_TOKEN } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = res.body as string;
    expect(text).toMatch(/inyeon_http_requests_total\{[^}]*operation="getMe"[^}]*status="200"[^}]*\} [1-9]/);
    expect(text).toMatch(/inyeon_http_requests_total\{[^}]*operation="getMe"[^}]*status="401"[^}]*\} [1-9]/);
    expect(text).toMatch(/inyeon_http_request_duration_seconds_bucket\{[^}]*operation="getMe"/);
    expect(text).toMatch(/inyeon_weekly_run_coverage_ratio\{[^}]*week="2026-W49"[^}]*\} 0\.98/);
    expect(text).toMatch(/inyeon_weekly_run_duration_seconds\{[^}]*\} 1\.5/);
    expect(text).toMatch(/inyeon_payment_outcomes_total\{[^}]*outcome="confirmed"[^}]*\} 1/);
    expect(text).toContain("inyeon_db_errors_total");
  });
});

describe("the request id", () => {
  it("is in the context of every log line of its request (pino mixin) and in a 5xx body", async () => {
    const seen: unknown[] = [];
    const probe = defineOperation({
      method: "GET",
      path: "/api/healthz",
      access: "public",
      tag: "test",
      summary: "probe",
      output: z.object({ ok: z.boolean() }),
      run: async () => {
        await new Promise((r) => setTimeout(r, 5)); // across an await, as real use cases are
        seen.push(currentRequestContext()?.requestId);
        const mixin = (logger as unknown as Record<symbol, () => object>)[pino.symbols.mixinSym];
        seen.push(mixin());
        throw new Error("boom");
      },
    });
    const res = await callOp(probe, { headers: { "x-request-id": "req-observability-1" } });
    expect(res.status).toBe(500);
    expect(res.error).toMatchObject({ code: "INTERNAL", requestId: "req-observability-1" });
    expect(res.headers.get("x-request-id")).toBe("req-observability-1");
    expect(seen).toEqual(["req-observability-1", { requestId: "req-observability-1" }]);
    // outside a request nothing is added
    expect(currentRequestContext()).toBeUndefined();
  });
});
