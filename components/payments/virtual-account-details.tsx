// A Toss 가상계좌 as the member needs it to deposit: bank, account number, the exact amount and the due
// date (Seoul time). The deposit confirms itself (Toss's DEPOSIT_CALLBACK): no button to press.
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { formatKrw } from "@/lib/payments/products";
import type { PaymentDto, VirtualAccountDto } from "@/lib/payments/schemas";
import { CopyButton } from "./copy-button";

export function VirtualAccountDetails({ account, amount, status }: { account: VirtualAccountDto; amount: number; status: PaymentDto["status"] }) {
  const waiting = status === "AWAITING_DEPOSIT";
  return (
    <div data-testid="virtual-account" className="rounded-xl bg-stone-50 p-4 text-sm">
      <dl className="grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-2">
        <dt className="text-stone-500">입금 은행</dt>
        <dd className="font-semibold text-stone-900">{account.bankName}</dd>
        <dt className="text-stone-500">계좌번호</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-base font-semibold tracking-wide break-all text-stone-900" data-testid="virtual-account-number">
            {account.accountNumber}
          </span>
          {waiting ? <CopyButton value={account.accountNumber} label="계좌번호 복사" /> : null}
        </dd>
        <dt className="text-stone-500">입금할 금액</dt>
        <dd className="font-semibold text-stone-900">{formatKrw(amount)}</dd>
        <dt className="text-stone-500">입금 기한</dt>
        <dd className={waiting ? "font-semibold text-amber-700" : "text-stone-700"}>{formatSeoulDateTime(account.dueDate)}까지</dd>
      </dl>
      {waiting ? (
        <p className="mt-3 text-xs leading-relaxed text-stone-600">
          금액을 한 번에 정확히 보내 주세요. 입금자명은 달라도 괜찮아요. 입금이 확인되면 자동으로 결제가 완료되고 알려 드려요. 기한이 지나면 주문이 닫혀요.
        </p>
      ) : null}
    </div>
  );
}
