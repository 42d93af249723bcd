"use client";
// The identity-exceptions queue (docs/identity.md): each refused 본인인증 attempt with its reason, the
// account it collided with, and two decisions. The server's answer is shown on the item.
import Link from "next/link";
import { useState, useTransition } from "react";
import type { IdentityExceptionItem } from "@/lib/admin/identity-exceptions";
import type { CallAction } from "@/lib/core/form";
import { IDENTITY_EXCEPTION_REASON_LABEL, STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Decision = "UPHOLD" | "ALLOW_RETRY";
type Member = IdentityExceptionItem["member"];

const who = (m: Member) => (
  <Link href={`/admin/users/${m.id}`} className="underline decoration-stone-300 underline-offset-2">
    {m.nickname ?? "(닉네임 없음)"} · {STATUS_LABEL[m.status as keyof typeof STATUS_LABEL] ?? m.status}
  </Link>
);

/** `decide`: the page's action (POST /api/admin/identity-exceptions/{id}/decision) */
export function IdentityExceptionQueue({ items, decide }: { items: IdentityExceptionItem[]; decide: CallAction<{ id: string; decision: Decision }> }) {
  const [outcomes, setOutcomes] = useState<Record<string, { ok: boolean; text: string }>>({});
  const [pending, startTransition] = useTransition();
  const onDecide = (id: string, decision: Decision) =>
    startTransition(async () => {
      const state = await decide({ id, decision });
      const text = state.ok ? (decision === "UPHOLD" ? "거절을 유지했습니다" : "재인증을 허용했습니다") : (state.message ?? "처리하지 못했습니다.");
      setOutcomes((o) => ({ ...o, [id]: { ok: state.ok, text } }));
    });

  if (items.length === 0) return <Card><p className="text-sm text-stone-500">처리할 본인인증 예외가 없습니다.</p></Card>;
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const outcome = outcomes[item.id];
        return (
          <li key={item.id}>
            <Card>
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={item.reason === "BANNED" ? "red" : item.reason === "FAILED" ? "neutral" : "amber"}>{IDENTITY_EXCEPTION_REASON_LABEL[item.reason]}</Badge>
                <span className="text-xs text-stone-500">
                  {formatSeoulDateTime(item.createdAt)} · 시도 {item.attempts}회 (마지막 {formatSeoulDateTime(item.lastAttemptAt)})
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
                <dt className="text-stone-500">시도한 회원</dt>
                <dd>{who(item.member)}</dd>
                {item.related ? (
                  <>
                    <dt className="text-stone-500">기존 계정</dt>
                    <dd>{who(item.related)}</dd>
                  </>
                ) : null}
                {item.detail ? (
                  <>
                    <dt className="text-stone-500">사유</dt>
                    <dd>{item.detail}</dd>
                  </>
                ) : null}
              </dl>
              {outcome ? (
                <p role="status" className={`mt-3 text-sm ${outcome.ok ? "text-emerald-700" : "text-red-600"}`}>
                  {outcome.text}
                </p>
              ) : (
                <div className="mt-3 flex gap-2">
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => onDecide(item.id, "UPHOLD")}>
                    거절 유지
                  </Button>
                  <Button type="button" disabled={pending} onClick={() => onDecide(item.id, "ALLOW_RETRY")}>
                    재인증 허용
                  </Button>
                </div>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
