"use server";
// Onboarding: 본인인증 (POST /api/identity/verify) and the form (POST /api/onboarding), derived from
// their operations (same rate limits).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checked, optionalText } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { verifyIdentityOperation } from "@/lib/identity/verify-identity";

export const completeOnboardingAction = action(completeOnboardingOperation, {
  form: (fd) => ({
    // absent when 본인인증 supplied them (the form shows the verified details instead)
    realName: optionalText(fd, "realName"),
    phone: optionalText(fd, "phone"),
    birthDate: optionalText(fd, "birthDate"),
    gender: optionalText(fd, "gender"),
    agreeTerms: checked(fd, "agreeTerms"),
    agreePrivacy: checked(fd, "agreePrivacy"),
    agreeRefund: checked(fd, "agreeRefund"),
    confirmAdult: checked(fd, "confirmAdult"),
    agreeContactSharing: checked(fd, "agreeContactSharing"),
  }),
  done: () => {
    // the member shell (bottom tabs) depends on the status that just changed
    revalidatePath("/", "layout");
    redirect("/profile?welcome=1");
  },
});

/** called by the 본인인증 step with the id PortOne's window came back with */
export const verifyIdentityAction = action(verifyIdentityOperation);
