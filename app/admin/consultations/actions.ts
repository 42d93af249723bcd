"use server";
// /admin/consultations actions: the manager profile, publishing a slot, and a booking's outcome
// (note + done, or no-show), and "확인" on the recent booking changes (marks those notifications read),
// derived from their operations.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { putManagerProfileOperation } from "@/lib/consultations/managers";
import { publishSlotOperation } from "@/lib/consultations/publish-slot";
import { recordOutcomeOperation } from "@/lib/consultations/record-outcome";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read";

const refresh = (message: string) => () => {
  revalidatePath("/admin/consultations");
  return { message };
};

export const putManagerProfileAction = action(putManagerProfileOperation, { form: (fd) => filled(fd, "displayName", "intro", "photoUrl"), done: refresh("매니저 프로필을 저장했습니다.") });

/** the form's date and time are Seoul wall-clock (KST, no daylight saving) */
export const publishSlotAction = action(publishSlotOperation, {
  form: (fd) => {
    const { date, time, ...rest } = filled(fd, "date", "time", "minutes", "mode") as Record<string, string>;
    return { ...rest, startsAt: date && time ? `${date}T${time}:00+09:00` : "" };
  },
  done: refresh("상담 시간을 열었습니다."),
});

export const recordOutcomeAction = action(recordOutcomeOperation, {
  form: (fd) => filled(fd, "id", "outcome", "note"),
  done: (r) => refresh(r.status === "DONE" ? "상담 메모를 저장하고 완료로 기록했습니다." : "불참으로 기록했습니다.")(),
});

/** the manager has seen the listed booking changes */
export const markChangesSeenAction = action(markNotificationsReadOperation, {
  form: (fd) => ({ ids: fd.getAll("id").filter((v): v is string => typeof v === "string") }),
  done: refresh("예약 변경을 확인했습니다."),
});
