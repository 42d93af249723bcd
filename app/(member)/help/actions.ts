"use server";
// /help actions: ask a 1:1 question and add to a thread, derived from their operations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { addInquiryMessageOperation, createInquiryOperation } from "@/lib/helpdesk/member-inquiries";

export const createInquiryAction = action(createInquiryOperation, {
  form: (fd) => filled(fd, "category", "body", "screenshotKey"),
  done: (r) => {
    revalidatePath("/help");
    redirect(`/help/inquiries/${r.id}`);
  },
});

export const addInquiryMessageAction = action(addInquiryMessageOperation, {
  form: (fd) => filled(fd, "id", "body", "screenshotKey"),
  done: (r) => {
    revalidatePath(`/help/inquiries/${r.id}`);
    return { message: "문의를 덧붙였어요. 답변이 오면 알려 드릴게요." };
  },
});
