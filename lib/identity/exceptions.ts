// Refused 본인인증 attempts (docs/identity.md): each lands in the admin's identity-exceptions queue,
// one OPEN row per member and reason (a repeated attempt counts up instead of adding rows).
import { prisma } from "@/lib/db";
import type { IdentityExceptionReason } from "@/lib/generated/prisma/enums";

export async function recordIdentityException(userId: string, reason: IdentityExceptionReason, opts: { relatedUserId?: string | null; detail?: string | null; now: Date }) {
  const open = await prisma.identityException.findFirst({ where: { userId, reason, status: "OPEN" }, select: { id: true } });
  const data = { relatedUserId: opts.relatedUserId ?? null, detail: opts.detail?.slice(0, 200) ?? null, lastAttemptAt: opts.now };
  if (open) await prisma.identityException.update({ where: { id: open.id }, data: { ...data, attempts: { increment: 1 } }, select: { id: true } });
  else await prisma.identityException.create({ data: { userId, reason, ...data, createdAt: opts.now }, select: { id: true } });
}

/** A refusal an operator upheld: the member may not verify again. */
export async function hasUpheldRefusal(userId: string): Promise<boolean> {
  return (await prisma.identityException.count({ where: { userId, status: "UPHELD" } })) > 0;
}

/** How many refused attempts wait for an operator (the dashboard's count). */
export function countOpenIdentityExceptions(): Promise<number> {
  return prisma.identityException.count({ where: { status: "OPEN" } });
}
