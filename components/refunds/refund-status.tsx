// Where a member's refund stands, in their words: asked, being paid back (and when the money
// arrives), owed but waiting for their account, done, or declined with the operator's reason.
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { formatKrw } from "@/lib/payments/products";
import type { RefundDto } from "@/lib/refunds/schemas";
import type { FormAction } from "@/lib/core/form";
import { RefundAccountForm } from "./refund-account-form";

const WHY: Record<RefundDto["source"], string> = {
  MEMBER_REQUEST: "",
  PARTNER_WITHDRAWN: "상대 회원이 탈퇴해 매칭이 종료되어, ",
  PARTNER_BANNED: "상대 회원의 이용이 정지되어 매칭이 종료되어, ",
  MATCH_CLOSED_BY_OPERATOR: "운영팀이 매칭을 종료해, ",
};

/** `setAccount`: the page's action for the account a transfer refund is sent to */
export function RefundStatus({ refund, method, setAccount }: { refund: RefundDto; method: "TRANSFER" | "TOSS"; setAccount: FormAction }) {
  const amount = formatKrw(refund.amount);
  const why = WHY[refund.source];
  const box = "space-y-2 rounded-xl p-3 text-sm";
  switch (refund.status) {
    case "REQUESTED":
      return (
        <div className={`${box} bg-amber-50 text-amber-900`} role="status">
          <p className="font-semibold">환불 요청을 보냈어요 · {amount}</p>
          <p className="text-xs">운영팀이 확인한 뒤 3영업일 안에 처리해 드려요. 처리되면 알림으로 알려 드릴게요.</p>
        </div>
      );
    case "APPROVED":
      return (
        <div className={`${box} bg-brand-50 text-brand-900`} role="status">
          <p className="font-semibold">
            {why}
            {amount}을 환불해 드려요
          </p>
          {refund.needsAccount ? (
            <>
              <p className="text-xs">계좌이체로 결제하셨으니 환불 받을 본인 계좌를 알려 주세요. 알려 주시면 3영업일 안에 보내 드려요.</p>
              <RefundAccountForm refundId={refund.id} setAccount={setAccount} />
            </>
          ) : (
            <p className="text-xs">
              {method === "TOSS" ? "카드 승인 취소를 진행하고 있어요. 카드사에 따라 3~7영업일 안에 취소 내역이 보여요." : "알려 주신 계좌로 3영업일 안에 보내 드려요."}
            </p>
          )}
        </div>
      );
    case "REFUNDED":
      return (
        <div className={`${box} bg-emerald-50 text-emerald-900`} role="status">
          <p className="font-semibold">
            {why}
            {amount} 환불 완료{refund.refundedAt ? ` · ${formatSeoulDate(refund.refundedAt)}` : ""}
          </p>
          <p className="text-xs">{method === "TOSS" ? "카드사에 따라 3~7영업일 안에 카드 명세서에 취소 내역이 보여요." : "알려 주신 계좌로 보내 드렸어요."}</p>
        </div>
      );
    case "REJECTED":
      return (
        <div className={`${box} bg-stone-100 text-stone-800`} role="status">
          <p className="font-semibold">환불 요청에 답변을 드렸어요</p>
          <p className="text-xs">{refund.decisionNote ?? "환불정책에 따라 환불할 수 없는 요청이에요."} 궁금한 점은 고객센터로 문의해 주세요.</p>
        </div>
      );
  }
}
