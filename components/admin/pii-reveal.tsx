"use client";
// "개인정보 보기": decrypts the member's real name, phone and birth date only when an admin asks;
// every reveal is an audited PII_VIEWED row (lib/admin/reveal-pii.ts). The action comes from the page.
import { useActionState } from "react";
import type { RevealedPii as Pii } from "@/lib/admin/reveal-pii";
import type { ActionState, FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "./admin-form";

export function PiiReveal({ userId, reveal }: { userId: string; reveal: FormAction<Pii> }) {
  const [state, action, pending] = useActionState<ActionState<Pii>, FormData>(reveal, { ok: false });
  const pii = state.ok ? state.result : undefined;
  if (pii) {
    return (
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
        <dt className="text-stone-500">실명</dt>
        <dd>{pii.realName ?? "–"}</dd>
        <dt className="text-stone-500">휴대폰</dt>
        <dd>{pii.phone ?? "–"}</dd>
        <dt className="text-stone-500">생년월일</dt>
        <dd>{pii.birthDate ?? "–"}</dd>
      </dl>
    );
  }
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="id" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-2">
        {pending ? "불러오는 중…" : "개인정보 보기 (열람 기록됨)"}
      </Button>
      <FieldErrors state={state} />
    </form>
  );
}
