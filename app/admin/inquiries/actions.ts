"use server";
// /admin/inquiries actions: answer (the member is notified) and take an inquiry, derived from their operations.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { answerInquiryOperation, assignInquiryOperation } from "@/lib/helpdesk/admin-inquiries";

export const answerInquiryAction = action(answerInquiryOperation, {
  form: (fd) => filled(fd, "id", "body"),
  done: () => {
    revalidatePath("/admin/inquiries");
    return { message: "답변을 보냈습니다. 회원에게 알림이 갑니다." };
  },
});

export const assignInquiryAction = action(assignInquiryOperation, {
  form: (fd) => filled(fd, "id"),
  done: () => {
    revalidatePath("/admin/inquiries");
    return { message: "담당자로 지정했습니다." };
  },
});
