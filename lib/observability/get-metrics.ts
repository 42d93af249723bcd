// GET /api/metrics use case: this instance's Prometheus metrics (lib/observability/metrics.ts) for a
// scraper presenting `Authorization: Bearer $METRICS_TOKEN`. Without METRICS_TOKEN set, nobody may read
// them (operation names, error rates and payment counts are not public).
import { z } from "zod";
import { bearerToken } from "@/lib/core/bearer-token";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { secretsEqual } from "@/lib/crypto/constant-time";
import { env } from "@/lib/env";
import { metricsText } from "./metrics";

export function assertMetricsToken(req: Request) {
  const token = bearerToken(req);
  if (!env.METRICS_TOKEN || !token || !secretsEqual(token, env.METRICS_TOKEN)) throw new AppError("UNAUTHENTICATED", "메트릭 토큰이 올바르지 않습니다.");
}

export const getMetricsOperation = defineOperation({
  method: "GET",
  path: "/api/metrics",
  // the bearer here is the metrics token, not a member's JWT: checked by the use case
  access: "public",
  tag: "system",
  summary: "Prometheus 메트릭 (Authorization: Bearer METRICS_TOKEN)",
  output: z.string(),
  file: { contentType: "text/plain; version=0.0.4" },
  run: async ({ req }) => {
    assertMetricsToken(req);
    const { contentType, body } = await metricsText();
    return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  },
});
