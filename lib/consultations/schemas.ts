// zod schemas of the consultation operations (docs/member-service.md): slots a manager publishes,
// a member's bookings and balance, the manager's day view.
import { z } from "zod";
import { strictObject, zFreeText, zInstant } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";

export const ZConsultationMode = z.enum(["PHONE", "VIDEO", "VISIT"]);
export const ZConsultationStatus = z.enum(["BOOKED", "CANCELLED", "DONE", "NO_SHOW"]);

export const ZSlotIdParams = z.object({ id: zId() });
export const ZBookingIdParams = z.object({ id: zId() });

export const ZManager = z.object({ id: z.string(), displayName: z.string(), intro: z.string(), photoUrl: z.string().nullable() });
export type ManagerDto = z.infer<typeof ZManager>;

export const ZSlot = z.object({ id: z.string(), startsAt: z.string(), minutes: z.number().int(), mode: ZConsultationMode, manager: ZManager });
export const ZBooking = z.object({
  id: z.string(),
  status: ZConsultationStatus,
  startsAt: z.string(),
  minutes: z.number().int(),
  mode: ZConsultationMode,
  manager: ZManager,
  /** true while the member may still cancel or move it (before the cut-off) */
  changeable: z.boolean(),
});
export type BookingDto = z.infer<typeof ZBooking>;

export const ZBalance = z.object({
  included: z.number().int(),
  used: z.number().int(),
  left: z.number().int(),
  /** why there are none, in the member's words (null when some are included) */
  unlock: z.string().nullable(),
});

export const ZMyConsultations = z.object({
  balance: ZBalance,
  myManager: ZManager.nullable(),
  bookings: z.array(ZBooking),
  openSlots: z.array(ZSlot),
  cutoffHours: z.number().int(),
});

export const ZBookBody = strictObject({ slotId: zId("상담 시간을 다시 골라 주세요.") });
export const ZPublishSlotBody = strictObject({
  startsAt: zInstant("상담 시작 시각을 확인해 주세요."),
  minutes: z.coerce.number().int().min(15, "상담 시간은 15분 이상이어야 합니다.").max(180, "상담 시간은 180분 이하여야 합니다."),
  mode: ZConsultationMode,
});
export const ZManagerProfileBody = strictObject({
  displayName: zFreeText(30, { label: "이름", multiLine: false }).pipe(z.string().min(1, "이름을 입력해 주세요.")),
  intro: zFreeText(500, { label: "소개" }).pipe(z.string().min(1, "소개를 입력해 주세요.")),
  photoUrl: z.url("사진 주소를 확인해 주세요.").max(500).optional(),
});
export const ZOutcomeBody = strictObject({
  outcome: z.enum(["DONE", "NO_SHOW"]),
  note: zFreeText(2000, { label: "상담 메모" }).optional(),
});
export const ZDayQuery = z.object({
  date: z.iso
    .date("날짜를 확인해 주세요.")
    .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", "날짜는 2000년부터 2099년 사이로 입력해 주세요.")
    .optional(),
});
