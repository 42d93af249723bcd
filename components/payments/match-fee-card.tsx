"use client";
// The pay box of a PENDING match: the fee, card / 가상계좌 (Toss's window) or bank transfer, or where the
// payment stands.
import Link from "next/link";
import type { FormAction } from "@/lib/core/form";
import type { MatchFeeStatus } from "@/lib/payments/match-fee-status";
import { formatKrw } from "@/lib/payments/products";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

/** The page's actions: the card order (POST /api/payments/toss/ready) and the transfer (POST /api/payments/intent). */
export type MatchFeeActions = { payByCard: FormAction; payByTransfer: FormAction };

export function MatchFeeCard({ matchId, fee, actions }: { matchId: string; fee: MatchFeeStatus; actions: MatchFeeActions }) {
  const card = useFormAction(actions.payByCard);
  const transfer = useFormAction(actions.payByTransfer);
  const pending = card.pending || transfer.pending;
  if (fee.paid) {
    return (
      <Card>
        <p className="font-semibold text-emerald-700">매칭 이용료 결제가 확인되었어요</p>
        <p className="mt-1 text-sm text-stone-600">운영팀이 매칭을 확정하면 서로의 연락처가 공개돼요.</p>
      </Card>
    );
  }
  return (
    <Card className="space-y-3">
      <div className="flex items-center justify-between">
        <p className="font-semibold">매칭 이용료</p>
        <p className="text-lg font-extrabold">{formatKrw(fee.price)}</p>
      </div>
      <p className="text-xs text-stone-500">두 분 중 한 분만 결제하면 돼요. 부가세 포함 금액이며, 매칭이 확정되기 전에 취소하면 전액 환불돼요.</p>
      <FormMessage state={card.state} />
      <FormMessage state={transfer.state} />
      {fee.open ? <OpenPayment open={fee.open} /> : null}
      <div className="grid grid-cols-2 gap-2">
        <form onSubmit={card.onSubmit} className="flex">
          <input type="hidden" name="matchId" value={matchId} />
          <Button type="submit" className="w-full" disabled={pending || !!fee.open}>
            카드로 결제하기
          </Button>
        </form>
        <form onSubmit={transfer.onSubmit} className="flex">
          <input type="hidden" name="matchId" value={matchId} />
          <Button type="submit" variant="secondary" className="w-full" disabled={pending || !!fee.open}>
            계좌이체로 결제하기
          </Button>
        </form>
        <form onSubmit={card.onSubmit} className="col-span-2 flex">
          <input type="hidden" name="matchId" value={matchId} />
          <Button type="submit" variant="secondary" className="w-full" disabled={pending || !!fee.open}>
            가상계좌(무통장 입금)로 결제하기
          </Button>
        </form>
      </div>
    </Card>
  );
}

/** One open payment per match: the member's own to continue, or the partner's, until it ends. */
function OpenPayment({ open }: { open: NonNullable<MatchFeeStatus["open"]> }) {
  const p = open.payment;
  const href = p.method === "TOSS" && (p.status === "PENDING" || p.status === "AWAITING_DEPOSIT") ? `/checkout/${p.orderId}` : `/payments/${p.id}`;
  const waiting = p.status === "AWAITING_DEPOSIT";
  return (
    <div className="rounded-xl bg-amber-50 p-3 text-sm text-amber-800" data-testid="payment-in-progress">
      <p className="font-semibold">결제가 진행 중이에요</p>
      {open.mine ? (
        <p className="mt-1">
          {p.method === "TRANSFER" ? "계좌이체 입금 확인을 기다리고 있어요. " : waiting ? "가상계좌 입금을 기다리고 있어요. 입금하면 자동으로 확인돼요. " : "결제를 마치지 않았어요. "}
          <Link href={href} className="font-semibold underline">
            {p.method === "TRANSFER" || waiting ? "입금 안내 보기" : "결제 이어서 하기"}
          </Link>
        </p>
      ) : (
        <p className="mt-1">상대방이 결제를 진행하고 있어요. 결제가 끝나거나 취소되면 여기에서 바로 알려 드릴게요.</p>
      )}
    </div>
  );
}
