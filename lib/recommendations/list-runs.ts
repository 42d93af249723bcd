// Admin view of the weekly build: the most recent runs, newest week first.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { toRunDto, type RecommendationRunDto } from "./schemas";

export async function listRecommendationRuns({ actor, limit = 12 }: { actor: Actor; limit?: number }): Promise<RecommendationRunDto[]> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
  const runs = await prisma.recommendationRun.findMany({ orderBy: { week: "desc" }, take: limit });
  return runs.map(toRunDto);
}
