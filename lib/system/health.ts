// Health check: the database answers a trivial query within a short timeout.
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/logger";
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";

export async function checkHealth(timeoutMs = 2000) {
  const started = performance.now();
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), timeoutMs)),
    ]);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "health check: database unavailable");
    throw new AppError("UNAVAILABLE", "데이터베이스에 연결할 수 없습니다.");
  }
  return { status: "ok" as const, database: "ok" as const, latencyMs: Math.round(performance.now() - started) };
}

export const healthOperation = defineOperation({
  method: "GET",
  path: "/api/healthz",
  access: "public",
  tag: "system",
  summary: "헬스체크 (데이터베이스 포함; 장애 시 503)",
  output: z.object({ status: z.literal("ok"), database: z.literal("ok"), latencyMs: z.number() }),
  run: () => checkHealth(),
});
