"use client";
// After Toss's success redirect: confirms the card payment once (the page's confirm action, POST
// /api/payments/toss/confirm), showing progress, then the result or the server's explanation. A
// reload or "다시 확인하기" confirms again: the operation answers the same result without asking Toss
// twice or charging twice.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionState, CallAction } from "@/lib/core/form";
import { formatKrw, membershipLabel } from "@/lib/payments/products";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import type { TossConfirmResponse } from "@/lib/payments/toss-confirm";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { VirtualAccountDetails } from "./virtual-account-details";

type Input = { paymentKey: string; orderId: string; amount: string };

export function TossConfirm({ input, confirm }: { input: Input; confirm: CallAction<Input, TossConfirmResponse> }) {
  const [state, setState] = useState<ActionState<TossConfirmResponse> | null>(null);
  const started = useRef(false);
  const run = useCallback(() => {
    setState(null);
    void confirm(input).then(setState, () => setState({ ok: false, code: "UNAVAILABLE", message: "결제 결과를 확인하지 못했어요. 잠시 후 다시 확인해 주세요." }));
  }, [confirm, input]);
  useEffect(() => {
    // once per visit (React runs effects twice in development)
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);

  if (!state) {
    return (
      <>
        <PageTitle>결제를 확인하고 있어요</PageTitle>
        <Card>
          <p role="status" aria-live="polite" className="text-sm text-stone-700">
            토스페이먼츠 결제 결과를 확인하고 있어요. 잠시만 기다려 주세요…
          </p>
        </Card>
      </>
    );
  }
  if (!state.ok || !state.result) {
    // a dependency down or too many tries: the same confirm is safe to repeat
    const retryable = state.code === "UNAVAILABLE" || state.code === "RATE_LIMITED";
    return (
      <>
        <PageTitle>결제를 완료하지 못했어요</PageTitle>
        <Card>
          <p role="alert" className="text-sm text-stone-700">
            {state.message}
          </p>
          {retryable ? <p className="mt-2 text-xs text-stone-500">카드 결제가 이미 승인되었다면 잠시 후 자동으로 반영돼요. 중복으로 청구되지 않아요.</p> : null}
        </Card>
        <div className="mt-6 grid gap-3">
          {retryable ? (
            <Button type="button" onClick={run}>
              다시 확인하기
            </Button>
          ) : null}
          <ButtonLink href="/me/payments" variant="secondary">
            결제 내역 보기
          </ButtonLink>
        </div>
      </>
    );
  }
  const { payment, membership } = state.result;
  if (payment.status === "AWAITING_DEPOSIT" && payment.virtualAccount) {
    // 가상계좌: the account is issued; the deposit confirms the payment by itself (Toss's callback)
    return (
      <>
        <PageTitle sub="아래 계좌로 입금하면 결제가 자동으로 완료돼요.">가상계좌가 발급되었어요</PageTitle>
        <Card>
          <p className="font-semibold">{payment.orderName}</p>
          <p className="mt-1 text-xl font-extrabold">{formatKrw(payment.amount)}</p>
          <div className="mt-4">
            <VirtualAccountDetails account={payment.virtualAccount} amount={payment.amount} status={payment.status} />
          </div>
        </Card>
        <div className="mt-6 grid gap-3">
          <ButtonLink href={`/checkout/${payment.orderId}`}>입금 안내 다시 보기</ButtonLink>
          {payment.matchId ? (
            <ButtonLink href={`/matches/${payment.matchId}`} variant="secondary">
              매칭으로 돌아가기
            </ButtonLink>
          ) : null}
          <Link href="/me/payments" className="text-center text-sm text-stone-500 underline">
            결제 내역 보기
          </Link>
        </div>
      </>
    );
  }
  return (
    <>
      <PageTitle sub="결제해 주셔서 감사해요.">결제가 완료되었어요</PageTitle>
      <Card>
        <p className="font-semibold">{payment.orderName}</p>
        <p className="mt-1 text-xl font-extrabold">{formatKrw(payment.amount)}</p>
        {payment.purpose === "MEMBERSHIP" ? (
          <p className="mt-3 text-sm text-stone-700" data-testid="membership-result">
            {membershipLabel(membership.tier)}
            {membership.expiresAt ? ` · ${formatSeoulDate(membership.expiresAt)}까지` : ""}
          </p>
        ) : (
          <p className="mt-3 text-sm text-stone-700">운영팀이 확인한 뒤 매칭이 확정되고 연락처가 공개돼요.</p>
        )}
        {payment.receiptUrl ? (
          <a href={payment.receiptUrl} target="_blank" rel="noreferrer" className="mt-3 inline-block text-sm text-brand-600 underline">
            카드 영수증 보기
          </a>
        ) : null}
      </Card>
      <div className="mt-6 grid gap-3">
        {payment.matchId ? <ButtonLink href={`/matches/${payment.matchId}`}>매칭으로 돌아가기</ButtonLink> : <ButtonLink href="/me">내 정보로 가기</ButtonLink>}
        <Link href="/me/payments" className="text-center text-sm text-stone-500 underline">
          결제 내역 보기
        </Link>
      </div>
    </>
  );
}
