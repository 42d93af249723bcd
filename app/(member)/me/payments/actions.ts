"use server";
// /me/payments (and /me/withdraw) refund forms → POST /api/payments/{id}/refund-request and
// PUT /api/payments/refunds/{id}/account, derived from their operations. The account arrives as three
// flat fields and becomes the operation's `account` object; it is never echoed back.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { text } from "@/lib/core/form";
import { setRefundAccountOperation } from "@/lib/refunds/refund-account";
import { requestRefundOperation } from "@/lib/refunds/request-refund";
import { cancelOpenOrderOperation } from "@/lib/payments/cancel-open-order";

const account = (fd: FormData) => (text(fd, "bank") || text(fd, "accountNumber") || text(fd, "holder") ? { account: { bank: text(fd, "bank"), accountNumber: text(fd, "accountNumber"), holder: text(fd, "holder") } } : {});
const refresh = () => {
  revalidatePath("/me/payments");
  revalidatePath("/me/withdraw");
};

export const requestRefundAction = action(requestRefundOperation, {
  form: (fd) => ({ id: text(fd, "paymentId"), reason: text(fd, "reason"), ...account(fd) }),
  done: () => (refresh(), { message: "환불 요청을 보냈어요. 운영팀이 확인한 뒤 3영업일 안에 처리해 드릴게요." }),
});

export const setRefundAccountAction = action(setRefundAccountOperation, {
  form: (fd) => ({ id: text(fd, "refundId"), ...account(fd) }),
  done: () => (refresh(), { message: "환불 받을 계좌를 저장했어요. 운영팀이 이 계좌로 보내 드릴게요." }),
});

export const cancelOpenOrderAction = action(cancelOpenOrderOperation, {
  form: (fd) => ({ id: text(fd, "paymentId") }),
  done: (result) => {
    refresh();
    if (result.payment.matchId) revalidatePath(`/matches/${result.payment.matchId}`);
    return { message: result.payment.status === "CLOSING" ? "주문을 취소하고 있어요. 토스페이먼츠 확인이 끝나면 결제 내역에 반영돼요." : "주문을 취소했어요. 매칭 화면에서 다른 방법으로 결제할 수 있어요." };
  },
});
