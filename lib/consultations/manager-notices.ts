// The manager is told when one of their consultations changes: a member books, moves or cancels a
// slot of theirs. One in-app notification (MANAGER_CONSULTATION_CHANGED, template in
// lib/notifications/templates.ts) written in the transaction of the change, so it exists exactly when
// the change committed; the manager's console (/admin/consultations) lists the recent ones.
import { prisma, type Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { notificationText } from "@/lib/notifications/texts";
import { seoulDayKey } from "@/lib/core/seoul-time";

export type ManagerChange = "booked" | "rescheduled" | "cancelled";

/** ids and the day only in the payload: the console resolves the member's nickname when it lists them */
export async function notifyManager(tx: Tx, input: { managerId: string; change: ManagerChange; bookingId: string; memberId: string; startsAt: Date }): Promise<void> {
  await notify(tx, [{ userId: input.managerId, kind: "MANAGER_CONSULTATION_CHANGED", payload: { change: input.change, bookingId: input.bookingId, memberId: input.memberId, date: seoulDayKey(input.startsAt) } }]);
}

/** how far back the console lists changes */
const DAYS = 14;

export type ManagerNotice = { id: string; change: ManagerChange; title: string; href: string; member: { id: string; nickname: string | null } | null; day: string | null; at: string; unread: boolean };

/** The manager's recent consultation changes, newest first (the console's "예약 변경" list). */
export async function managerNotices(managerId: string, now = new Date()): Promise<ManagerNotice[]> {
  const rows = await prisma.notification.findMany({
    where: { userId: managerId, kind: "MANAGER_CONSULTATION_CHANGED", createdAt: { gte: new Date(now.getTime() - DAYS * 86_400_000) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, payload: true, createdAt: true, readAt: true },
  });
  const memberOf = (p: unknown) => (p && typeof p === "object" && typeof (p as { memberId?: unknown }).memberId === "string" ? (p as { memberId: string }).memberId : null);
  const ids = [...new Set(rows.map((r) => memberOf(r.payload)).filter((x): x is string => x !== null))];
  const profiles = ids.length ? await prisma.profile.findMany({ where: { userId: { in: ids } }, select: { userId: true, nickname: true } }) : [];
  const nick = new Map(profiles.map((p) => [p.userId, p.nickname]));
  return rows.map((r) => {
    const p = (r.payload ?? {}) as { change?: string; date?: string };
    const text = notificationText("MANAGER_CONSULTATION_CHANGED", r.payload);
    const memberId = memberOf(r.payload);
    const change: ManagerChange = p.change === "cancelled" || p.change === "rescheduled" ? p.change : "booked";
    return { id: r.id, change, title: text.title, href: text.href, member: memberId ? { id: memberId, nickname: nick.get(memberId) ?? null } : null, day: typeof p.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? p.date : null, at: r.createdAt.toISOString(), unread: r.readAt === null };
  });
}
