"use server";
// /admin/money form → POST /api/admin/payments/{id}/recheck, derived from its operation (same access,
// parsing, audit and errors as the API).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { text } from "@/lib/core/form";
import { recheckParkedPaymentOperation } from "@/lib/payments/recheck-parked";

export const recheckParkedAction = action(recheckParkedPaymentOperation, {
  form: (fd) => ({ id: text(fd, "paymentId"), note: text(fd, "note") }),
  done: (r) => {
    revalidatePath("/admin/money");
    return { message: r.payment.status === "CANCELED" ? "토스에 청구가 없어 취소로 정리했습니다." : "토스 청구를 전액 환불했습니다." };
  },
});
