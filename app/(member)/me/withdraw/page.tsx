// /me/withdraw – confirm and perform withdrawal (what is erased, what the law makes us keep), and before
// that, what each paid payment would give back under the refund policy today, with the request form.
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { Card, PageTitle } from "@/components/ui/card";
import { WithdrawForm } from "@/components/members/withdraw-form";
import { withdrawAction } from "./actions";
import { RefundSection } from "@/components/refunds/refund-section";
import { requestRefundAction, setRefundAccountAction } from "../payments/actions";
import { formatKrw } from "@/lib/payments/products";
import { listMyRefunds } from "@/lib/refunds/list-refunds";

export const metadata = { title: "회원 탈퇴" };

export default async function WithdrawPage() {
  const actor = await requireMember({ allowOnboarding: true });
  const { payments } = await listMyRefunds({ actor });
  const refundable = payments.filter((p) => p.quote.amount > 0 || (p.refund && p.refund.status !== "REFUNDED" && p.refund.status !== "REJECTED"));
  const total = refundable.reduce((sum, p) => sum + (p.refund && p.refund.status !== "REJECTED" ? p.refund.amount : p.quote.amount), 0);
  return (
    <>
      <PageTitle sub="탈퇴하면 아래 정보가 바로 삭제되고, 되돌릴 수 없어요.">회원 탈퇴</PageTitle>
      {refundable.length > 0 ? (
        <Card className="mb-4 space-y-3 text-sm" aria-labelledby="refund-heading">
          <h2 id="refund-heading" className="font-semibold text-stone-900">
            환불 받을 수 있는 금액 {formatKrw(total)}
          </h2>
          <p className="text-xs leading-5 text-stone-600">
            환불정책에 따라 오늘 기준으로 계산한 금액이에요. 탈퇴하기 전에 환불을 요청해 두시면 탈퇴 후에도 끝까지 처리해 드려요.
          </p>
          <ul className="space-y-3">
            {refundable.map((p) => (
              <li key={p.paymentId} className="space-y-2 border-t border-stone-100 pt-3">
                <p className="font-medium text-stone-800">{p.orderName}</p>
                <RefundSection item={p} actions={{ request: requestRefundAction, setAccount: setRefundAccountAction }} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card className="space-y-4 text-sm leading-6 text-stone-700">
        <div>
          <h2 className="font-semibold text-stone-900">바로 삭제되는 정보</h2>
          <ul className="ml-5 mt-1 list-disc">
            <li>실명, 휴대폰 번호, 생년월일, 성별, 카카오 닉네임·프로필 사진</li>
            <li>프로필과 사진(저장소의 파일 포함), 이상형 조건, 내가 한 차단 목록</li>
            <li>카카오 로그인 연결 — 같은 카카오 계정으로 다시 가입하면 새 회원으로 시작해요.</li>
          </ul>
        </div>
        <div>
          <h2 className="font-semibold text-stone-900">함께 종료되는 것</h2>
          <ul className="ml-5 mt-1 list-disc">
            <li>진행 중인 매칭은 모두 종료되고, 결제 대기 중인 결제 요청은 취소돼요.</li>
          </ul>
        </div>
        <div>
          <h2 className="font-semibold text-stone-900">법령에 따라 보관되는 정보</h2>
          <ul className="ml-5 mt-1 list-disc">
            <li>결제 기록 5년 (전자상거래법), 약관 동의 기록, 신고 처리 기록 — 이름·연락처 없이 보관돼요.</li>
          </ul>
          <p className="mt-1 text-xs text-stone-500">
            자세한 내용은{" "}
            <Link href="/privacy#retention" className="underline">
              개인정보처리방침
            </Link>
            을 확인해 주세요. 탈퇴하기 전에{" "}
            <a href="/api/me/export" className="underline">
              내 정보 사본 받기
            </a>
            로 기록을 파일로 저장해 둘 수 있어요.
          </p>
        </div>
      </Card>
      <WithdrawForm withdraw={withdrawAction} />
    </>
  );
}
