"use server";
// /admin/reports action: resolve a report (dismiss, warn, ban), derived from
// POST /api/admin/reports/{id}/resolve (BAN goes through the ban use case; one audit row).
import { revalidatePath } from "next/cache";
import { resolveReportOperation } from "@/lib/admin/reports";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";

const DONE = { DISMISS: "신고를 기각했습니다.", WARN: "경고로 처리했습니다.", BAN: "신고된 회원을 이용정지했습니다." } as const;

export const resolveReportAction = action(resolveReportOperation, {
  form: (fd) => filled(fd, "id", "resolution", "note"),
  done: (_r, { resolution }) => {
    revalidatePath("/admin/reports");
    return { message: DONE[resolution] };
  },
});
