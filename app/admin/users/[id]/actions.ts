"use server";
// /admin/users/[id] actions, derived from the /api/admin/users/{id}/* operations (lib/http/action.ts):
// the same admin check, parsing, audit row, log line and errors as the API. After a write the page is
// revalidated and the message goes to the console's notice (components/admin/admin-notices.tsx).
import { revalidatePath } from "next/cache";
import { banMemberOperation, unbanMemberOperation } from "@/lib/admin/ban-member";
import { createManualMatchOperation } from "@/lib/admin/create-match";
import { deleteMemberOperation } from "@/lib/admin/delete-member";
import { logConsultationOperation } from "@/lib/admin/log-consultation";
import { getMemoOperation, putMemoOperation } from "@/lib/admin/memo";
import { resendDeliveryOperation } from "@/lib/admin/notification-deliveries";
import { revealPiiOperation } from "@/lib/admin/reveal-pii";
import { updateMembershipOperation } from "@/lib/admin/update-membership";
import { action } from "@/lib/http/action";
import { endOfSeoulDay, filled } from "@/lib/http/form-input";

const refreshed = (id: string, message: string) => {
  revalidatePath(`/admin/users/${id}`);
  return { message };
};

export const consultationAction = action(logConsultationOperation, {
  form: (fd) => filled(fd, "id", "note"),
  done: (r, { id }) => refreshed(id, `상담을 기록했습니다. (총 ${r.consultationCount}회)`),
});

/** The date input is a day: the membership runs to the end of that day in Seoul (blank = no expiry). */
export const membershipAction = action(updateMembershipOperation, {
  form: (fd) => ({ ...filled(fd, "id", "tier"), expiresAt: endOfSeoulDay(fd, "expiresAt") }),
  done: (_r, { id }) => refreshed(id, "회원 등급을 변경했습니다."),
});

export const banAction = action(banMemberOperation, {
  form: (fd) => filled(fd, "id", "reason"),
  done: (r, { id }) => refreshed(id, `이용정지했습니다.${r.closedMatches ? ` 진행 중이던 매칭 ${r.closedMatches}건을 종료했습니다.` : ""}`),
});

export const unbanAction = action(unbanMemberOperation, {
  form: (fd) => filled(fd, "id"),
  done: (_r, { id }) => refreshed(id, "이용정지를 해제했습니다."),
});

/** The form opens the member list afterwards; the notice goes with it. */
export const deleteAction = action(deleteMemberOperation, {
  form: (fd) => filled(fd, "id"),
  done: (_r, { id }) => {
    revalidatePath("/admin/users");
    return refreshed(id, "탈퇴 처리했습니다. 개인정보·사진·메모가 삭제되었습니다.");
  },
});

export const manualMatchAction = action(createManualMatchOperation, {
  form: (fd) => filled(fd, "userId", "partnerId"),
  done: (_r, { userId, partnerId }) => {
    revalidatePath(`/admin/users/${partnerId}`);
    revalidatePath("/admin/matches");
    return refreshed(userId, "매칭을 만들었습니다 (대기 상태).");
  },
});

/** 개인정보 보기: the decrypted fields are the result; every reveal is an audited PII_VIEWED row. */
export const revealPiiAction = action(revealPiiOperation, { form: (fd) => filled(fd, "id") });

/** The memo editor calls these with `{ id, text, version }` / `{ id }`; its text stays in client state. */
export const saveMemoAction = action(putMemoOperation, { done: () => ({ message: "메모를 저장했습니다." }) });
export const loadMemoAction = action(getMemoOperation);

/** 알림 다시 보내기: a FAILED delivery row goes back to the queue (audited); the member's page shows it as 발송 대기. */
export const resendDeliveryAction = action(resendDeliveryOperation, {
  form: (fd) => ({ ...filled(fd, "id") }),
  done: () => {
    revalidatePath("/admin/users/[id]", "page");
    return { message: "다음 발송 작업(5분 이내)에서 다시 보냅니다." };
  },
});
