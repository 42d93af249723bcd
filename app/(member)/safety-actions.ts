"use server";
// Block, unblock and report from any member page: POST /api/blocks, DELETE /api/blocks/{id} and
// POST /api/reports derived from their operations (same rate limits, parsing and errors as the API).
import { revalidatePath } from "next/cache";
import { optionalText, text } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { blockMemberOperation } from "@/lib/members/block-member";
import { unblockMemberOperation } from "@/lib/members/unblock-member";
import { createReportOperation } from "@/lib/reports/create-report";

// no revalidation after a block or a report: the menu shows the message, then refreshes the page
// (which drops the member)
export const blockMemberAction = action(blockMemberOperation, {
  form: (fd) => ({ userId: text(fd, "userId") }),
  done: () => ({ message: "차단했어요. 앞으로 서로 추천되지 않아요." }),
});

export const unblockMemberAction = action(unblockMemberOperation, {
  form: (fd) => ({ id: text(fd, "blockId") }),
  done: () => {
    revalidatePath("/me/blocks");
    return { message: "차단을 해제했어요." };
  },
});

export const reportMemberAction = action(createReportOperation, {
  form: (fd) => ({ userId: text(fd, "userId"), reason: optionalText(fd, "reason"), detail: optionalText(fd, "detail") }),
  done: () => ({ message: "신고가 접수되었어요. 해당 회원은 차단되어 더 이상 추천되지 않아요." }),
});
