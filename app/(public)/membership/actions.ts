"use server";
// 멤버십 구매 → the same use case as POST /api/payments/toss/ready, then the card window page.
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/page-actor";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { readyTossPayment } from "@/lib/payments/toss-ready";
import { ZTossReadyRequest } from "@/lib/payments/schemas";

export async function buyMembershipAction(fd: FormData): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/membership");
  if (actor.status === "ONBOARDING") redirect("/onboarding");
  let orderId: string;
  try {
    const { checkout } = await readyTossPayment({ actor, input: parseWith(ZTossReadyRequest, { productId: String(fd.get("productId") ?? "") }) });
    orderId = checkout.orderId;
  } catch (err) {
    redirect(`/membership?error=${encodeURIComponent(actionFailure(err).message ?? "잠시 후 다시 시도해 주세요.")}`);
  }
  redirect(`/checkout/${orderId}`);
}
