"use server";
// /checkout/[orderId] (and /me/payments): the member cancels their own open order → POST
// /api/payments/{id}/cancel-open, derived from its operation.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { text } from "@/lib/core/form";
import { cancelOpenOrderOperation } from "@/lib/payments/cancel-open-order";

export const cancelOpenOrderAction = action(cancelOpenOrderOperation, {
  form: (fd) => ({ id: text(fd, "paymentId") }),
  done: (result) => {
    revalidatePath("/me/payments");
    revalidatePath("/checkout/[orderId]", "page");
    if (result.payment.matchId) revalidatePath(`/matches/${result.payment.matchId}`);
    return { message: result.payment.status === "CLOSING" ? "주문을 취소하고 있어요. 토스페이먼츠 확인이 끝나면 결제 내역에 반영돼요." : "주문을 취소했어요. 매칭 화면에서 다른 방법으로 결제할 수 있어요." };
  },
});
