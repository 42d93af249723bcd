"use client";
// "개인정보 보기": decrypts the member's real name, phone and birth date only when an admin asks;
// every reveal is an audited PII_VIEWED row (lib/admin/reveal-pii.ts).
import { useActionState } from "react";
import { revealPiiAction, type RevealState } from "@/app/admin/users/[id]/actions";
import { Button } from "@/components/ui/button";

export function PiiReveal({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState<RevealState, FormData>(revealPiiAction, { ok: false });
  if (state.pii) {
    return (
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
        <dt className="text-stone-500">실명</dt>
        <dd>{state.pii.realName ?? "–"}</dd>
        <dt className="text-stone-500">휴대폰</dt>
        <dd>{state.pii.phone ?? "–"}</dd>
        <dt className="text-stone-500">생년월일</dt>
        <dd>{state.pii.birthDate ?? "–"}</dd>
      </dl>
    );
  }
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-2">
        {pending ? "불러오는 중…" : "개인정보 보기 (열람 기록됨)"}
      </Button>
      {state.message ? <p role="alert" className="text-sm text-red-600">{state.message}</p> : null}
    </form>
  );
}
