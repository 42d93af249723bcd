"use client";
// The withdrawal confirmation: an explicit checkbox, then the irreversible button. The checkbox is
// this form's own safeguard (DELETE /api/me has no body): nothing is sent until it is ticked.
import { useState, type FormEvent } from "react";
import type { FormAction } from "@/lib/core/form";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const CONFIRM_FIRST = "탈퇴하면 되돌릴 수 없다는 안내를 확인하고 체크해 주세요.";

/** `withdraw`: the page's action (DELETE /api/me, then sign-out) */
export function WithdrawForm({ withdraw }: { withdraw: FormAction }) {
  const { state, onSubmit, pending } = useFormAction(withdraw);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    const confirmed = (e.currentTarget.elements.namedItem("confirm") as HTMLInputElement).checked;
    setUnconfirmed(!confirmed);
    if (confirmed) onSubmit(e);
    else e.preventDefault();
  };
  return (
    <form onSubmit={submit} className="mt-5 space-y-4" noValidate>
      <FormMessage state={unconfirmed ? { ok: false, message: CONFIRM_FIRST } : state} />
      <label className="flex items-start gap-2 text-sm text-stone-800">
        <input type="checkbox" name="confirm" className="mt-0.5 h-4 w-4 accent-red-600" onChange={(e) => e.target.checked && setUnconfirmed(false)} />
        탈퇴하면 정보를 되돌릴 수 없다는 것을 확인했어요
      </label>
      <div className="grid grid-cols-2 gap-3">
        <ButtonLink href="/me" variant="secondary">
          탈퇴하지 않기
        </ButtonLink>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "탈퇴하는 중…" : "탈퇴하기"}
        </Button>
      </div>
    </form>
  );
}
