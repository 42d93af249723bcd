// /withdrawn – 탈퇴 완료: where a withdrawal ends (signed out). Says what was deleted, what the law keeps,
// and how a refund continues; renders nothing taken from the URL or the (erased) account.
import { StatusScreen } from "@/components/ui/status-screen";
import { ButtonLink } from "@/components/ui/button";
import { operatorText } from "@/lib/legal/business-info";

export const metadata = { title: "탈퇴 완료" };

const OPERATOR = operatorText();

export default function WithdrawnPage() {
  return (
    <StatusScreen
      title="탈퇴가 완료되었어요"
      actions={
        <>
          <ButtonLink href="/">처음 화면으로</ButtonLink>
          <ButtonLink href="/refund-policy" variant="secondary">
            환불정책 보기
          </ButtonLink>
        </>
      }
    >
      <p>그동안 인연을 이용해 주셔서 감사해요.</p>
      <ul className="mt-4 space-y-2 rounded-2xl bg-stone-50 p-4 text-left text-xs leading-5 text-stone-600">
        <li>· 실명, 연락처, 프로필과 사진은 모두 삭제했고, 진행 중이던 매칭은 종료했어요.</li>
        <li>· 보내 주신 환불 요청과 진행 중인 환불은 탈퇴와 상관없이 끝까지 처리해 드려요. 카드 결제는 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.</li>
        <li>· 결제 기록은 전자상거래법에 따라 5년간 이름·연락처 없이 보관돼요. 환불 문의는 고객센터({OPERATOR.phone}, {OPERATOR.email})로 주세요.</li>
        <li>· 같은 카카오 계정으로 다시 가입하면 새 회원으로 시작해요.</li>
      </ul>
    </StatusScreen>
  );
}
