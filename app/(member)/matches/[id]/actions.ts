"use server";
// Match page actions, derived from their operations: the match fee by card (POST
// /api/payments/toss/ready) or bank transfer (POST /api/payments/intent), the contact-sharing consent
// (POST /api/me/contact-consent) and the post-match feedback (POST /api/matches/{id}/feedback).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checked, numberField, text } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { giveContactConsentOperation } from "@/lib/matching/contact-consent";
import { submitMatchFeedbackOperation } from "@/lib/matching/match-feedback";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { MATCH_FEE_PRODUCT_ID } from "@/lib/payments/products";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";

export const payMatchFeeByCardAction = action(readyTossPaymentOperation, {
  form: (fd) => ({ productId: MATCH_FEE_PRODUCT_ID, matchId: text(fd, "matchId") }),
  done: ({ checkout }) => redirect(`/checkout/${checkout.orderId}`),
});

export const payMatchFeeByTransferAction = action(createTransferIntentOperation, {
  done: ({ payment }) => redirect(`/payments/${payment.id}`),
});

export const giveContactConsentAction = action(giveContactConsentOperation, {
  form: (fd) => ({ agree: checked(fd, "agree") }),
  done: () => {
    // every open match page asks for the consent: re-render them all
    revalidatePath("/matches/[id]", "page");
    return { message: "연락처 제공에 동의했어요." };
  },
});

export const submitMatchFeedbackAction = action(submitMatchFeedbackOperation, {
  form: (fd) => {
    const met = text(fd, "met");
    return {
      id: text(fd, "matchId"),
      met: met === "yes" ? true : met === "no" ? false : undefined,
      rating: numberField(fd, "rating"),
      comment: text(fd, "comment").trim() || undefined,
    };
  },
  done: (_, { id }) => {
    revalidatePath(`/matches/${id}`);
    return { message: "소중한 후기 감사해요. 더 잘 맞는 분을 소개하는 데 참고할게요." };
  },
});
