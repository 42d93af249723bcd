"use server";
// Onboarding form → the same use case as POST /api/onboarding.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import { checked, text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { completeOnboarding } from "@/lib/members/complete-onboarding";
import { ZOnboardingRequest } from "@/lib/members/schemas";

export async function completeOnboardingAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember({ allowOnboarding: true });
  try {
    const input = parseWith(ZOnboardingRequest, {
      realName: text(fd, "realName"),
      phone: text(fd, "phone"),
      birthDate: text(fd, "birthDate"),
      gender: text(fd, "gender") || undefined,
      agreeTerms: checked(fd, "agreeTerms"),
      agreePrivacy: checked(fd, "agreePrivacy"),
      agreeRefund: checked(fd, "agreeRefund"),
      confirmAdult: checked(fd, "confirmAdult"),
      agreeContactSharing: checked(fd, "agreeContactSharing"),
    });
    await completeOnboarding({ actor, input });
  } catch (err) {
    return actionFailure(err);
  }
  // the member shell (bottom tabs) depends on the status that just changed
  revalidatePath("/", "layout");
  redirect("/profile?welcome=1");
}
