"use server";
// /admin/matches actions: unmatch — the same use case as DELETE /api/admin/matches/{id} (audited).
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/page-actor";
import { text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { ZIdParams } from "@/lib/admin/schemas";
import { unmatch } from "@/lib/admin/unmatch";

export async function unmatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZIdParams, { id: text(fd, "matchId") });
    await unmatch({ actor, input: { id } });
    revalidatePath("/admin/matches");
    return { ok: true, message: "매칭을 해제했습니다." };
  } catch (err) {
    return actionFailure(err);
  }
}
