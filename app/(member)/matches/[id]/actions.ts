"use server";
// Match page actions → the same use cases as POST /api/payments/toss/ready, POST /api/payments/intent
// and POST /api/me/contact-consent.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import type { ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { giveContactConsent } from "@/lib/matching/contact-consent";
import { ZMatchIdParams } from "@/lib/matching/schemas";
import { createTransferIntent } from "@/lib/payments/create-transfer-intent";
import { MATCH_FEE_PRODUCT_ID } from "@/lib/payments/products";
import { readyTossPayment } from "@/lib/payments/toss-ready";

export async function payMatchFeeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  let target: string;
  try {
    const { id: matchId } = parseWith(ZMatchIdParams, { id: fd.get("matchId") });
    if (fd.get("method") === "card") {
      const { checkout } = await readyTossPayment({ actor, input: { productId: MATCH_FEE_PRODUCT_ID, matchId } });
      target = `/checkout/${checkout.orderId}`;
    } else {
      const out = await createTransferIntent({ actor, input: { matchId } });
      target = `/payments/${out.payment.id}`;
    }
  } catch (err) {
    return actionFailure(err);
  }
  redirect(target);
}

export async function giveContactConsentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  if (fd.get("agree") !== "on") return { ok: false, message: "동의 내용을 확인한 뒤 체크 상자를 선택해 주세요." };
  try {
    await giveContactConsent({ actor });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath(`/matches/${String(fd.get("matchId") ?? "")}`);
  return { ok: true, message: "연락처 제공에 동의했어요." };
}
