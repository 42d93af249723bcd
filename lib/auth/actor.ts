// Who is calling: a member or admin from the session cookie OR an `Authorization: Bearer` app JWT.
// The role and status come from the database on every request (a token is only an identity claim),
// so a ban or a role change takes effect immediately.
import { prisma } from "@/lib/db";
import { secretsEqual } from "@/lib/crypto/constant-time";
import { env } from "@/lib/env";
import { bearerToken } from "@/lib/core/bearer-token";
import { verifyAppJwt } from "./app-jwt";
import { readSessionToken } from "./session-token";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";

const ACTIVITY_RESOLUTION_MS = 60 * 60 * 1000;

/** The user id a request authenticates as, or null. A bad bearer token is an error, not anonymity. */
export async function authenticatedUserId(req: Request): Promise<string | null> {
  const bearer = bearerToken(req);
  if (bearer) {
    const claims = await verifyAppJwt(bearer);
    if (!claims) throw new AppError("UNAUTHENTICATED", "로그인 정보가 만료되었거나 올바르지 않아요. 다시 로그인해 주세요.");
    return claims.sub;
  }
  const session = await readSessionToken(req);
  return session?.uid ?? null;
}

export async function loadActor(userId: string): Promise<Actor> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw new AppError("UNAUTHENTICATED");
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, role: true, status: true, lastActiveAt: true } });
  if (!user || user.status === "WITHDRAWN") throw new AppError("UNAUTHENTICATED");
  if (user.status === "BANNED") throw new AppError("FORBIDDEN", "이용이 정지된 계정이에요. 궁금한 점은 고객센터로 문의해 주세요.");
  if (!user.lastActiveAt || Date.now() - user.lastActiveAt.getTime() > ACTIVITY_RESOLUTION_MS) {
    // recency of activity feeds the recommendation score; an hourly resolution is enough
    await prisma.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() }, select: { id: true } });
  }
  return { userId: user.id, role: user.role, status: user.status };
}

export async function resolveActor(req: Request): Promise<Actor | null> {
  const userId = await authenticatedUserId(req);
  return userId ? loadActor(userId) : null;
}

/** Vercel Cron sends `Authorization: Bearer $CRON_SECRET`; compared in constant time, never skipped. */
export function isCronRequest(req: Request): boolean {
  const token = bearerToken(req);
  return token !== null && secretsEqual(token, env.CRON_SECRET);
}
