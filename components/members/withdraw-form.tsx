"use client";
// The withdrawal confirmation: an explicit checkbox, then the irreversible button.
import { withdrawAction } from "@/app/(member)/me/withdraw/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function WithdrawForm() {
  const { state, onSubmit, pending } = useFormAction(withdrawAction);
  return (
    <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
      <FormMessage state={state} />
      <label className="flex items-start gap-2 text-sm text-stone-800">
        <input type="checkbox" name="confirm" className="mt-0.5 h-4 w-4 accent-red-600" />
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
