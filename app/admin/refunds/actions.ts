"use server";
// /admin/refunds forms → POST /api/admin/refunds/{id}/approve | reject | pay, derived from their
// operations (same access, parsing, audit and errors as the API).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { text } from "@/lib/core/form";
import { approveRefundOperation, payRefundOperation, rejectRefundOperation } from "@/lib/refunds/decide-refund";

const refresh = (message: string) => () => (revalidatePath("/admin/refunds"), { message });
const amountOf = (fd: FormData) => {
  const raw = text(fd, "amount").replaceAll(",", "").trim();
  return raw ? { amount: Number(raw) } : {};
};

export const approveRefundAction = action(approveRefundOperation, {
  form: (fd) => ({ id: text(fd, "refundId"), ...amountOf(fd), ...(text(fd, "note").trim() ? { note: text(fd, "note") } : {}) }),
  done: (r) => refresh(r.refund.status === "REFUNDED" ? "승인하고 카드 승인을 취소했습니다." : "승인했습니다. 계좌이체는 송금 후 '송금 완료'를 눌러 주세요.")(),
});
export const rejectRefundAction = action(rejectRefundOperation, {
  form: (fd) => ({ id: text(fd, "refundId"), note: text(fd, "note") }),
  done: refresh("거절했습니다. 회원에게 사유가 전달됩니다."),
});
export const payRefundAction = action(payRefundOperation, {
  form: (fd) => ({ id: text(fd, "refundId") }),
  done: refresh("환불을 기록했습니다."),
});
