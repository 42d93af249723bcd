// The consultation reminders (job "consultation-reminders", every 15 minutes): the day before and an
// hour before, through notify() (in-app now; the notification outbox delivers them off-app). The
// dedupe key makes a second run write nothing.
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

export async function sendConsultationReminders({ now = new Date() }: { now?: Date } = {}): Promise<{ day: number; hour: number }> {
  const hour = 3_600_000;
  const upcoming = await prisma.consultationBooking.findMany({
    where: { status: "BOOKED", slot: { startsAt: { gt: now, lte: new Date(now.getTime() + 24 * hour) } } },
    select: { id: true, memberId: true, slot: { select: { startsAt: true } } },
    take: 1000,
  });
  const soon = upcoming.filter((b) => b.slot.startsAt.getTime() - now.getTime() <= hour);
  const tomorrow = upcoming.filter((b) => b.slot.startsAt.getTime() - now.getTime() > hour);
  const day = await notify(prisma, tomorrow.map((b) => ({ userId: b.memberId, kind: "CONSULTATION_REMINDER" as const, payload: { bookingId: b.id, when: "day" }, dedupeKey: `consultation:${b.id}:day` })));
  const hr = await notify(prisma, soon.map((b) => ({ userId: b.memberId, kind: "CONSULTATION_REMINDER" as const, payload: { bookingId: b.id, when: "hour" }, dedupeKey: `consultation:${b.id}:hour` })));
  return { day, hour: hr };
}
