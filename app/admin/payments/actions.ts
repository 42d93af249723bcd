"use server";
// /admin/payments actions, derived from POST /api/admin/payments/{id}/verify,
// POST /api/admin/matches/{id}/activate and POST /api/admin/payments/{id}/cancel (each audited there).
// The queue is revalidated in place (same filter, same URL); the message goes to the console's notice.
//
// "입금 확인 + 매칭 확정" in one click is these two actions called in sequence by the form
// (components/payments/admin-payment-forms.tsx), exactly as an API client would call the two
// operations: the deposit is recorded in its own transaction with its own audit row whatever happens
// next, and the activation is a separate, separately audited decision that may still be refused (a
// closed match, a blocked pair) without undoing a deposit that really arrived. One combined
// operation would have to either roll back a true deposit or half-succeed behind one status.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { filled, wholeNumber } from "@/lib/http/form-input";
import { activateMatchOperation } from "@/lib/matching/activate-match";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { verifyPaymentOperation } from "@/lib/payments/verify-payment";

const refreshed = (message: string) => {
  revalidatePath("/admin/payments");
  return { message };
};

export const verifyPaymentAction = action(verifyPaymentOperation, {
  form: (fd) => filled(fd, "id", "depositorName", "memo"),
  done: () => refreshed("입금을 확인했습니다."),
});

export const activateMatchAction = action(activateMatchOperation, {
  form: (fd) => filled(fd, "id", "reason"),
  done: (r) => refreshed(r.forced ? "사유를 기록하고 매칭을 강제로 확정했습니다." : "매칭을 확정했습니다."),
});

/** A blank amount refunds everything not yet refunded; "50,000" is 50000. */
export const cancelPaymentAction = action(cancelPaymentOperation, {
  form: (fd) => ({ ...filled(fd, "id", "reason"), amount: wholeNumber(fd, "amount") }),
  done: () => refreshed("환불했습니다. 결제 상태와 누적 환불액을 확인해 주세요."),
});
