"use server";
// Withdrawal form → the same erasure as DELETE /api/me, then sign-out.
import { signOut } from "@/lib/auth";
import { requireMember } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { checked, type ActionState } from "@/lib/core/form";
import { actionFailure } from "@/lib/http/action-failure";
import { withdrawMember } from "@/lib/members/withdraw-member";

export async function withdrawAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember({ allowOnboarding: true });
  try {
    if (!checked(fd, "confirm")) {
      throw new AppError("VALIDATION_FAILED", "탈퇴하면 되돌릴 수 없다는 안내를 확인하고 체크해 주세요.", { fields: { confirm: ["탈퇴하면 되돌릴 수 없다는 안내를 확인하고 체크해 주세요."] } });
    }
    await withdrawMember({ userId: actor.userId, reason: "SELF" });
  } catch (err) {
    return actionFailure(err);
  }
  await signOut({ redirectTo: "/withdrawn" });
  return { ok: true };
}
