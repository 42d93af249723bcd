"use server";
// Assigning members to a manager (from the member list: the checked rows or the whole filtered page),
// derived from POST /api/admin/managers/assign.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { assignMembersOperation } from "@/lib/managers/assign-members";

export const assignMembersAction = action(assignMembersOperation, {
  form: (fd) => ({ managerId: fd.get("managerId") ?? "", memberIds: fd.getAll("memberIds").filter((v) => typeof v === "string") }),
  done: (r) => {
    revalidatePath("/admin/my-members");
    revalidatePath("/admin/users");
    return { message: `${r.assigned}명을 배정했습니다.` };
  },
});
