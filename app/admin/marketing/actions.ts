"use server";
// /admin/marketing actions: scheduling a 광고 message and cancelling one, derived from their operations.
import { revalidatePath } from "next/cache";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { cancelCampaignOperation, scheduleCampaignOperation } from "@/lib/notifications/campaigns";

/** the form's date and time are Seoul wall-clock (KST, no daylight saving) */
export const scheduleCampaignAction = action(scheduleCampaignOperation, {
  form: (fd) => {
    const { date, time, ...rest } = filled(fd, "title", "body", "date", "time") as Record<string, string>;
    return { ...rest, scheduledAt: date && time ? `${date}T${time}:00+09:00` : "" };
  },
  done: (c) => {
    revalidatePath("/admin/marketing");
    return { message: `광고 메시지를 예약했습니다. ${formatSeoulDateTime(c.sendsAt)}에 그때 수신 동의 중인 회원에게 보냅니다.` };
  },
});

export const cancelCampaignAction = action(cancelCampaignOperation, {
  form: (fd) => filled(fd, "id"),
  done: () => {
    revalidatePath("/admin/marketing");
    return { message: "광고 메시지 예약을 취소했습니다." };
  },
});
