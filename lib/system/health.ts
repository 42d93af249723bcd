// Liveness: GET /api/healthz answers 200 while the process is up and serving — nothing else is
// checked, so an outage of the database or Redis never makes an orchestrator restart healthy app
// processes (the Dockerfile's HEALTHCHECK and Playwright's web server use it). Whether the instance
// can serve members is readiness: GET /api/healthz/ready (lib/system/readiness.ts).
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";

const startedAt = Date.now();

export function checkLiveness() {
  return { status: "ok" as const, uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000) };
}

export const healthOperation = defineOperation({
  method: "GET",
  path: "/api/healthz",
  access: "public",
  tag: "system",
  summary: "생존 확인 (프로세스가 응답하는지만; 의존성 점검은 /api/healthz/ready)",
  output: z.object({ status: z.literal("ok"), uptimeSeconds: z.number().int().min(0) }),
  run: async () => checkLiveness(),
});
