// /refund-policy – 환불정책 (매칭 이용료·멤버십 환불 기준, 소비자분쟁해결기준 준용, 환불 절차와 기한).
import { LegalDocumentPage, type Article } from "@/components/legal/legal-document";
import { LEGAL_DOCUMENTS } from "@/lib/members/legal-versions";
import { operatorText } from "@/lib/legal/business-info";
import { percent, REFUND_POLICY } from "@/lib/payments/refund-policy";

/** the operator as BUSINESS_* configures it (examples in development, marked in the footer) */
const OPERATOR = operatorText();

export const metadata = { title: "환불정책" };

/** the numbers of the one refund function (lib/payments/refund-policy.ts), so page and amounts agree */
const P = { days: REFUND_POLICY.withdrawalDays, penalty: percent(REFUND_POLICY.membershipPenaltyRate), afterActivation: percent(REFUND_POLICY.matchFeeAfterActivationRate), compensation: percent(REFUND_POLICY.companyFaultCompensationRate) };

const cell = "border border-stone-200 px-2 py-1.5 align-top text-left";

const articles: Article[] = [
  {
    id: "principles",
    title: "1. 기본 원칙",
    body: (
      <ul>
        <li>이 정책은 「전자상거래 등에서의 소비자보호에 관한 법률」, 「결혼중개업의 관리에 관한 법률」 및 공정거래위원회 고시 「소비자분쟁해결기준」(결혼중개업)을 따르며, 이 정책이 법령이나 고시보다 회원에게 불리한 경우에는 법령과 고시를 적용합니다.</li>
        <li>가입, 프로필 등록, 주간 추천, 좋아요는 무료이므로 환불 대상이 아닙니다.</li>
        <li>환불은 결제한 수단으로 하며, 카드 결제는 승인 취소로, 계좌이체는 회원이 지정한 본인 명의 계좌로 환급합니다.</li>
      </ul>
    ),
  },
  {
    id: "match-fee",
    title: "2. 매칭 이용료의 환불",
    body: (
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-xs">
          <thead>
            <tr className="bg-stone-50">
              <th className={cell}>시점·사유</th>
              <th className={cell}>환불 금액</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className={cell}>결제 후 매칭 활성화(만남 연결 개시) 전 회원이 취소</td>
              <td className={cell}>전액</td>
            </tr>
            <tr>
              <td className={cell}>상대 회원의 탈퇴·이용정지, 상대 회원의 허위 정보 확인 등 회원의 책임 없는 사유로 만남이 이루어지지 못한 경우</td>
              <td className={cell}>전액</td>
            </tr>
            <tr>
              <td className={cell}>회사의 귀책사유로 매칭이 활성화되지 못하거나 만남 연결이 이행되지 않은 경우</td>
              <td className={cell}>전액 + 이용료의 {P.compensation} 배상</td>
            </tr>
            <tr>
              <td className={cell}>매칭 활성화 후 만남 일자 확정 전 회원 사정으로 해지</td>
              <td className={cell}>이용료의 {P.afterActivation}</td>
            </tr>
            <tr>
              <td className={cell}>만남 일자 확정 후 또는 만남 이후 회원 사정으로 해지</td>
              <td className={cell}>환불 불가 (서비스 제공 완료)</td>
            </tr>
          </tbody>
        </table>
      </div>
    ),
  },
  {
    id: "membership",
    title: "3. 멤버십의 환불",
    body: (
      <ul>
        <li>결제일로부터 {P.days}일 이내이고 멤버십 혜택(주간 추천)을 한 번도 받지 않은 경우: 전액 (청약철회)</li>
        <li>혜택을 이용했거나 {P.days}일이 지난 경우: 결제 금액에서 이용 일수에 해당하는 금액과 결제 금액의 {P.penalty}(위약금)를 공제한 금액</li>
        <li>회사의 귀책사유로 멤버십 혜택을 제공하지 못한 경우: 제공하지 못한 기간에 해당하는 금액 전액</li>
      </ul>
    ),
  },
  {
    id: "withdrawal",
    title: "4. 회원 탈퇴와 이용정지 시",
    body: (
      <ul>
        <li>탈퇴 시 결제 대기 중인 결제 요청은 자동으로 취소되며, 이미 결제한 이용료는 위 기준에 따라 환불을 신청할 수 있습니다. 결제 기록은 법령에 따라 5년간 보관되므로 탈퇴 후에도 고객센터를 통해 환불을 요청할 수 있습니다.</li>
        <li>이용약관의 금지행위로 이용정지된 경우에도 환불 기준은 같으나, 금지행위로 회사나 다른 회원에게 발생한 손해는 공제할 수 있습니다.</li>
      </ul>
    ),
  },
  {
    id: "procedure",
    title: "5. 환불 신청과 처리 기한",
    body: (
      <ol>
        <li>
          환불은 결제 내역 화면(내 정보 → 결제 내역)에서 신청하거나 고객센터({OPERATOR.phone}, {OPERATOR.email})로 신청합니다. 상대 회원의 탈퇴·이용정지나 운영자의 매칭 종료로 만남이 이루어지지 못한 경우에는 신청하지 않아도 자동으로 전액 환불됩니다.
        </li>
        <li>회사는 환불 사유를 확인한 날부터 3영업일 이내에 환불을 처리합니다. 카드 결제 취소의 경우 카드사 사정에 따라 실제 반영까지 3~7영업일이 걸릴 수 있습니다.</li>
        <li>회사가 정당한 사유 없이 환급을 지연한 경우 지연 기간에 대하여 「전자상거래 등에서의 소비자보호에 관한 법률」이 정한 지연이자를 지급합니다.</li>
        <li>환불에 관한 분쟁은 한국소비자원(1372)에 조정을 신청할 수 있습니다.</li>
      </ol>
    ),
  },
];

export default function RefundPolicyPage() {
  return (
    <LegalDocumentPage
      doc={LEGAL_DOCUMENTS.refund}
      intro={
        <p>
          {OPERATOR.name}의 결혼중개 서비스 &ldquo;인연&rdquo;의 유료 서비스 환불 기준입니다. 매칭 이용료는 서로 좋아요를 보내 매칭이 성사된 경우에만 결제하며, 결제 전에는
          어떠한 비용도 청구하지 않습니다.
        </p>
      }
      articles={articles}
    />
  );
}
