// Consultations (docs/member-service.md): a manager publishes slots; a PREMIUM member books,
// reschedules and cancels within the cut-off; the balance follows the membership (2 for PREMIUM,
// none for FREE, 0 right after a refund or an expiry); two members booking the last slot at once get
// one booking; the manager's note goes through the consultation record; reminders once each.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { putManagerProfileOperation } from "@/lib/consultations/managers";
import { publishSlotOperation } from "@/lib/consultations/publish-slot";
import { myConsultationsOperation } from "@/lib/consultations/my-consultations";
import { bookConsultationOperation, rescheduleConsultationOperation } from "@/lib/consultations/book-consultation";
import { cancelConsultationOperation } from "@/lib/consultations/cancel-consultation";
import { managerDayOperation } from "@/lib/consultations/manager-day";
import { recordOutcomeOperation } from "@/lib/consultations/record-outcome";
import { sendConsultationReminders } from "@/lib/consultations/reminders";
import { consultationBalance } from "@/lib/consultations/balance";
import { updateMembershipOperation } from "@/lib/admin/update-membership";
import { assignMembersOperation } from "@/lib/managers/assign-members";
import { myMembersOperation } from "@/lib/managers/my-members";
import { applyRefund, lockPayment } from "@/lib/payments/purchase";
import { notificationText } from "@/lib/notifications/texts";

const DAY = 86_400_000;

async function manager() {
  const admin = await createMember({ role: "ADMIN" });
  const res = await callOp(putManagerProfileOperation, { as: admin, body: { displayName: "김매니저", intro: "10년 차 커플매니저예요." } });
  expect(res.status).toBe(200);
  return admin;
}
async function slot(admin: { id: string }, inDays: number, hour = 5) {
  const startsAt = new Date(Math.floor(Date.now() / DAY) * DAY + inDays * DAY + hour * 3_600_000).toISOString();
  const res = await callOp(publishSlotOperation, { as: admin, body: { startsAt, minutes: 30, mode: "PHONE" } });
  expect(res.status).toBe(201);
  return res.body.id;
}
async function premium(admin: { id: string }) {
  const m = await createMember();
  const expiresAt = new Date(Date.now() + 180 * DAY).toISOString();
  expect((await callOp(updateMembershipOperation, { as: admin, params: { id: m.id }, body: { tier: "PREMIUM", expiresAt } })).status).toBe(200);
  return m;
}

describe("consultations", () => {
  it("a FREE member has none and is told what unlocks them; booking is refused", async () => {
    const admin = await manager();
    const id = await slot(admin, 3);
    const free = await createMember();
    const mine = await callOp(myConsultationsOperation, { as: free });
    expect(mine.body.balance).toMatchObject({ included: 0, left: 0 });
    expect(mine.body.balance.unlock).toContain("프리미엄 멤버십");
    expect(mine.body.balance.unlock).toContain("2회");
    const res = await callOp(bookConsultationOperation, { as: free, body: { slotId: id } });
    expect(res.status).toBe(409);
    expect(await prisma.consultationBooking.count({ where: { memberId: free.id } })).toBe(0);
  });

  it("PREMIUM: two consultations; book, reschedule, cancel gives it back; a third is refused", async () => {
    const admin = await manager();
    const [s1, s2, s3, s4] = [await slot(admin, 3), await slot(admin, 4), await slot(admin, 5), await slot(admin, 6)];
    const m = await premium(admin);
    expect((await callOp(myConsultationsOperation, { as: m })).body.balance).toMatchObject({ included: 2, used: 0, left: 2 });

    const b1 = await callOp(bookConsultationOperation, { as: m, body: { slotId: s1 } });
    expect(b1.status).toBe(201);
    expect(b1.body.left).toBe(1);
    const moved = await callOp(rescheduleConsultationOperation, { as: m, params: { id: b1.body.id }, body: { slotId: s2 } });
    expect(moved.status).toBe(200);
    expect(moved.body.left).toBe(1);
    // s1 is open again
    const view = await callOp(myConsultationsOperation, { as: m });
    expect(view.body.openSlots.map((s) => s.id)).toContain(s1);
    expect(view.body.openSlots.map((s) => s.id)).not.toContain(s2);

    expect((await callOp(bookConsultationOperation, { as: m, body: { slotId: s3 } })).status).toBe(201);
    const third = await callOp(bookConsultationOperation, { as: m, body: { slotId: s4 } });
    expect(third.status).toBe(409);
    expect(third.error?.message).toContain("모두 예약");

    const cancel = await callOp(cancelConsultationOperation, { as: m, params: { id: moved.body.id } });
    expect(cancel.status).toBe(200);
    expect((await callOp(myConsultationsOperation, { as: m })).body.balance.left).toBe(1);
    expect((await callOp(bookConsultationOperation, { as: m, body: { slotId: s4 } })).status).toBe(201);

    const kinds = (await prisma.notification.findMany({ where: { userId: m.id }, select: { kind: true } })).map((n) => n.kind);
    expect(kinds.filter((k) => k === "CONSULTATION_BOOKED")).toHaveLength(4);
    expect(kinds).toContain("CONSULTATION_CANCELLED");
  });

  it("the manager is notified of each booking, move and cancellation, in the same transaction, and the console lists them", async () => {
    const admin = await manager();
    const other = await manager();
    const [s1, s2] = [await slot(admin, 3), await slot(admin, 4)];
    const elsewhere = await slot(other, 5);
    const m = await premium(admin);
    const notes = async (userId: string) =>
      (await prisma.notification.findMany({ where: { userId, kind: "MANAGER_CONSULTATION_CHANGED" }, orderBy: { createdAt: "asc" }, select: { payload: true } })).map((n) => n.payload as Record<string, string>);

    const b = await callOp(bookConsultationOperation, { as: m, body: { slotId: s1 } });
    expect(b.status).toBe(201);
    expect(await notes(admin.id)).toEqual([expect.objectContaining({ change: "booked", bookingId: b.body.id, memberId: m.id })]);
    const text = notificationText("MANAGER_CONSULTATION_CHANGED", (await notes(admin.id))[0]);
    expect(text.title).toBe("담당 상담이 예약되었어요");
    expect(text.href).toMatch(/^\/admin\/consultations\?date=\d{4}-\d{2}-\d{2}$/);
    // the member's own notification is not the manager's
    expect(await notes(m.id)).toEqual([]);

    const moved = await callOp(rescheduleConsultationOperation, { as: m, params: { id: b.body.id }, body: { slotId: s2 } });
    expect(moved.status).toBe(200);
    expect((await notes(admin.id)).map((p) => p.change)).toEqual(["booked", "rescheduled"]);
    // moving to another manager: the first hears of a cancellation, the second of a booking
    const away = await callOp(rescheduleConsultationOperation, { as: m, params: { id: moved.body.id }, body: { slotId: elsewhere } });
    expect(away.status).toBe(200);
    expect((await notes(admin.id)).map((p) => p.change)).toEqual(["booked", "rescheduled", "cancelled"]);
    expect((await notes(other.id)).map((p) => p.change)).toEqual(["booked"]);

    expect((await callOp(cancelConsultationOperation, { as: m, params: { id: away.body.id } })).status).toBe(200);
    expect((await notes(other.id)).map((p) => p.change)).toEqual(["booked", "cancelled"]);

    // a refused booking (slot already taken) writes nothing for the manager: the same transaction
    const rival = await premium(admin);
    expect((await callOp(bookConsultationOperation, { as: rival, body: { slotId: s2 } })).status).toBe(201);
    const before = (await notes(admin.id)).length;
    expect((await callOp(bookConsultationOperation, { as: m, body: { slotId: s2 } })).status).toBe(409);
    expect(await notes(admin.id)).toHaveLength(before);

    // the console shows them, newest first, with the member and unread
    const day = await callOp(managerDayOperation, { as: other, query: {} });
    expect(day.status).toBe(200);
    expect(day.body.changes.map((c) => c.change)).toEqual(["cancelled", "booked"]);
    expect(day.body.changes[0]).toMatchObject({ title: "담당 상담이 취소되었어요", unread: true, member: { id: m.id } });
  });

  it("cancel and reschedule are refused inside the cut-off; someone else's booking is a 404", async () => {
    const admin = await manager();
    const s = await slot(admin, 2);
    const m = await premium(admin);
    const other = await premium(admin);
    const b = await callOp(bookConsultationOperation, { as: m, body: { slotId: s } });
    expect((await callOp(cancelConsultationOperation, { as: other, params: { id: b.body.id } })).status).toBe(404);
    // the slot moves to 3 hours from now: inside the 24-hour cut-off
    await prisma.consultationSlot.update({ where: { id: s }, data: { startsAt: new Date(Date.now() + 3 * 3_600_000) } });
    const late = await callOp(cancelConsultationOperation, { as: m, params: { id: b.body.id } });
    expect(late.status).toBe(409);
    expect((await prisma.consultationBooking.findUniqueOrThrow({ where: { id: b.body.id } })).status).toBe("BOOKED");
  });

  it("two members booking the last slot at once: exactly one gets it", async () => {
    const admin = await manager();
    const s = await slot(admin, 3);
    const [a, b] = [await premium(admin), await premium(admin)];
    const results = await Promise.all([a, b].map((m) => callOp(bookConsultationOperation, { as: m, body: { slotId: s } })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await prisma.consultationBooking.count({ where: { slotId: s, activeSlotId: { not: null } } })).toBe(1);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.error?.message).toContain("다른 회원");
    // the loser's balance is untouched
    const loserId = results[0].status === 409 ? a.id : b.id;
    expect((await consultationBalance(prisma, loserId, new Date())).left).toBe(2);
  });

  it("one member booking two slots at once with one consultation left spends it once", async () => {
    const admin = await manager();
    const [s1, s2, s3] = [await slot(admin, 3), await slot(admin, 4), await slot(admin, 5)];
    const m = await premium(admin);
    expect((await callOp(bookConsultationOperation, { as: m, body: { slotId: s1 } })).status).toBe(201);
    const both = await Promise.all([s2, s3].map((slotId) => callOp(bookConsultationOperation, { as: m, body: { slotId } })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await prisma.consultationBooking.count({ where: { memberId: m.id, status: "BOOKED" } })).toBe(2);
  });

  it("the balance is 0 right after a refund of the membership and after it expires", async () => {
    const admin = await manager();
    const s = await slot(admin, 3);
    const m = await premium(admin);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { membershipExpiresAt: true } });
    const pay = await prisma.payment.create({
      data: { userId: m.id, purpose: "MEMBERSHIP", method: "TRANSFER", amount: 290_000, status: "PAID", orderId: `t-${m.id}`, orderName: "프리미엄 멤버십 (6개월)", membershipTier: "PREMIUM", productId: "membership-premium-180d", periodStart: new Date(), periodEnd: user.membershipExpiresAt },
    });
    await prisma.$transaction(async (tx) => {
      const locked = await lockPayment(tx, { id: pay.id });
      await applyRefund(tx, locked!, { refund: 290_000, reason: "test", now: new Date() });
    });
    const after = await callOp(myConsultationsOperation, { as: m });
    expect(after.body.balance.left).toBe(0);
    expect((await callOp(bookConsultationOperation, { as: m, body: { slotId: s } })).status).toBe(409);

    const m2 = await premium(admin);
    expect((await consultationBalance(prisma, m2.id, new Date())).left).toBe(2);
    expect((await consultationBalance(prisma, m2.id, new Date(Date.now() + 181 * DAY))).left).toBe(0);
  });

  it("the manager's day shows the booking with profile and history; the note is logged; no-show only after the start", async () => {
    const admin = await manager();
    const s = await slot(admin, 3);
    const m = await premium(admin);
    const b = await callOp(bookConsultationOperation, { as: m, body: { slotId: s } });
    const startsAt = (await prisma.consultationSlot.findUniqueOrThrow({ where: { id: s } })).startsAt;
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(startsAt);
    const day = await callOp(managerDayOperation, { as: admin, query: { date } });
    expect(day.status).toBe(200);
    const row = day.body.slots.find((x) => x.id === s)!;
    expect(row.booking?.member.id).toBe(m.id);
    expect(row.booking?.member.nickname).toBeTruthy();

    // another manager cannot see or close it
    const other = await manager();
    expect((await callOp(recordOutcomeOperation, { as: other, params: { id: b.body.id }, body: { outcome: "DONE", note: "x" } })).status).toBe(404);
    expect((await callOp(recordOutcomeOperation, { as: admin, params: { id: b.body.id }, body: { outcome: "NO_SHOW" } })).status).toBe(409);

    const done = await callOp(recordOutcomeOperation, { as: admin, params: { id: b.body.id }, body: { outcome: "DONE", note: "이상형: 대화가 잘 통하는 분" } });
    expect(done.status).toBe(200);
    const u = await prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { consultationCount: true } });
    expect(u.consultationCount).toBe(1);
    const log = await prisma.adminAction.findFirstOrThrow({ where: { action: "CONSULTATION_LOGGED", targetId: m.id } });
    expect(log.detail).toMatchObject({ bookingId: b.body.id, note: "이상형: 대화가 잘 통하는 분" });
    const again = await callOp(managerDayOperation, { as: admin, query: { date } });
    expect(again.body.slots.find((x) => x.id === s)!.booking?.history[0]).toMatchObject({ bookingId: b.body.id });
    // a done consultation still counts against the balance
    expect((await consultationBalance(prisma, m.id, new Date())).used).toBe(1);
  });

  it("reminders: the day before and the hour before, each once", async () => {
    const admin = await manager();
    const s = await slot(admin, 3);
    const m = await premium(admin);
    const b = await callOp(bookConsultationOperation, { as: m, body: { slotId: s } });
    const startsAt = (await prisma.consultationSlot.findUniqueOrThrow({ where: { id: s } })).startsAt.getTime();
    expect((await sendConsultationReminders({ now: new Date(startsAt - 20 * 3_600_000) })).day).toBeGreaterThanOrEqual(1);
    expect((await sendConsultationReminders({ now: new Date(startsAt - 19 * 3_600_000) })).day).toBe(0);
    await sendConsultationReminders({ now: new Date(startsAt - 30 * 60_000) });
    const rows = await prisma.notification.findMany({ where: { userId: m.id, kind: "CONSULTATION_REMINDER" }, select: { payload: true } });
    expect(rows.map((r) => (r.payload as { when: string }).when).sort()).toEqual(["day", "hour"]);
    expect(notificationText("CONSULTATION_REMINDER", rows[0].payload).href).toBe("/consultations");
    expect(b.status).toBe(201);
  });

  it("operators assign members to a manager; the console opens on them; the member sees the manager", async () => {
    const admin = await manager();
    const [m1, m2] = [await createMember(), await createMember()];
    const res = await callOp(assignMembersOperation, { as: admin, body: { managerId: admin.id, memberIds: [m1.id, m2.id] } });
    expect(res.body.assigned).toBe(2);
    const mine = await callOp(myMembersOperation, { as: admin });
    expect(mine.body.members.map((x) => x.id).sort()).toEqual([m1.id, m2.id].sort());
    const view = await callOp(myConsultationsOperation, { as: m1 });
    expect(view.body.myManager?.displayName).toBe("김매니저");
    expect(await prisma.adminAction.count({ where: { action: "MANAGER_ASSIGNED", adminId: admin.id } })).toBe(1);
    // a member cannot assign
    expect((await callOp(assignMembersOperation, { as: m1, body: { managerId: admin.id, memberIds: [m1.id] } })).status).toBe(403);
  });
});
