"use server";
// /me/notifications forms: PUT /api/me/notification-settings, POST …/email and POST …/email/verify,
// each derived from its operation.
import { revalidatePath } from "next/cache";
import { checked, text, texts } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { setNotificationEmailOperation, verifyNotificationEmailOperation } from "@/lib/notifications/notification-email";
import { updateNotificationSettingsOperation } from "@/lib/notifications/notification-settings";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schemas";

export const saveNotificationSettingsAction = action(updateNotificationSettingsOperation, {
  form: (fd) => ({
    // every kind, per kind: a box left unticked is an empty list (switched off)
    channels: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, texts(fd, `channels.${k}`)])),
    quietHours: checked(fd, "quietHours"),
    marketingConsent: checked(fd, "marketingConsent"),
  }),
  done: () => {
    revalidatePath("/me/notifications");
    return { message: "알림 설정을 저장했어요." };
  },
});

export const setNotificationEmailAction = action(setNotificationEmailOperation, {
  form: (fd) => ({ email: text(fd, "email").trim() }),
  done: (result, input) => {
    revalidatePath("/me/notifications");
    if (!input.email) return { message: "이메일 주소를 지웠어요. 이메일 알림은 더 이상 보내지 않아요." };
    return { message: result.sent ? "인증 메일을 보냈어요. 메일의 버튼을 누르면 이메일로도 알림을 받을 수 있어요." : "인증 메일을 보내지 못했어요. 잠시 후 다시 시도해 주세요." };
  },
});

export const verifyNotificationEmailAction = action(verifyNotificationEmailOperation, {
  done: () => {
    revalidatePath("/me/notifications");
    return { message: "이메일 주소를 인증했어요. 이제 알림 설정에서 이메일을 고를 수 있어요." };
  },
});
