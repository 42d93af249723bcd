"use server";
// /admin/reports action: resolve a report (dismiss, warn, ban) — the same use case as
// POST /api/admin/reports/{id}/resolve (BAN goes through the ban use case; one audit row).
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/page-actor";
import { text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { resolveReport } from "@/lib/admin/reports";
import { ZIdParams, ZResolveBody } from "@/lib/admin/schemas";

const DONE = { DISMISS: "신고를 기각했습니다.", WARN: "경고로 처리했습니다.", BAN: "신고된 회원을 이용정지했습니다." } as const;

export async function resolveReportAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZIdParams, { id: text(fd, "reportId") });
    const body = parseWith(ZResolveBody, { resolution: text(fd, "resolution"), note: text(fd, "note") || undefined });
    await resolveReport({ actor, input: { id, ...body } });
    revalidatePath("/admin/reports");
    return { ok: true, message: DONE[body.resolution] };
  } catch (err) {
    return actionFailure(err);
  }
}
