"use server";
// /consultations actions: book, move and cancel a consultation, derived from their operations.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { bookConsultationOperation, rescheduleConsultationOperation } from "@/lib/consultations/book-consultation";
import { cancelConsultationOperation } from "@/lib/consultations/cancel-consultation";

const refresh = (message: string) => () => {
  revalidatePath("/consultations");
  return { message };
};

export const bookConsultationAction = action(bookConsultationOperation, { form: (fd) => filled(fd, "slotId"), done: refresh("상담을 예약했어요. 예약 내역은 위에서 확인할 수 있어요.") });
export const rescheduleConsultationAction = action(rescheduleConsultationOperation, { form: (fd) => filled(fd, "id", "slotId"), done: refresh("상담 시간을 바꿨어요.") });
export const cancelConsultationAction = action(cancelConsultationOperation, { form: (fd) => filled(fd, "id"), done: refresh("상담 예약을 취소했어요. 상담 횟수는 돌려 드렸어요.") });
