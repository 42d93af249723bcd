// The member's own refund account (bank, number, holder): typed by the member, sent once, stored
// encrypted and never shown back (lib/refunds/refund-account.ts).
import { REFUND_BANKS } from "@/lib/refunds/schemas";
import { Field, Input, Select } from "@/components/ui/field";

export function RefundAccountFields({ idPrefix, fieldError }: { idPrefix: string; fieldError: (name: string) => string | undefined }) {
  const id = (n: string) => `${idPrefix}-${n}`;
  return (
    <fieldset className="space-y-3 rounded-xl bg-stone-50 p-3">
      <legend className="px-1 text-sm font-medium text-stone-800">환불 받을 본인 계좌</legend>
      <Field label="은행" htmlFor={id("bank")} error={fieldError("account.bank")}>
        <Select id={id("bank")} name="bank" defaultValue="">
          <option value="" disabled>
            은행을 골라 주세요
          </option>
          {REFUND_BANKS.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </Select>
      </Field>
      <Field label="계좌번호" htmlFor={id("number")} hint="숫자만 입력해도 돼요." error={fieldError("account.accountNumber")}>
        <Input id={id("number")} name="accountNumber" inputMode="numeric" autoComplete="off" />
      </Field>
      <Field label="예금주" htmlFor={id("holder")} hint="결제하신 회원님 본인 명의 계좌로만 환불해 드려요." error={fieldError("account.holder")}>
        <Input id={id("holder")} name="holder" autoComplete="off" />
      </Field>
    </fieldset>
  );
}
