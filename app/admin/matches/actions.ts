"use server";
// /admin/matches action: unmatch, derived from DELETE /api/admin/matches/{id} (audited there).
import { revalidatePath } from "next/cache";
import { unmatchOperation } from "@/lib/admin/unmatch";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";

export const unmatchAction = action(unmatchOperation, {
  form: (fd) => filled(fd, "id"),
  done: () => {
    revalidatePath("/admin/matches");
    return { message: "매칭을 해제했습니다." };
  },
});
