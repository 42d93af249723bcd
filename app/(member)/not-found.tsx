// 404 inside the member area (e.g. a match that is not yours or no longer exists), with the tabs.
import { ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export default function MemberNotFound() {
  return (
    <StatusScreen
      code="404"
      title="찾으시는 내용이 없어요"
      actions={
        <>
          <ButtonLink href="/recommendations">이번 주 추천 보기</ButtonLink>
          <ButtonLink href="/matches" variant="secondary">
            내 매칭 보기
          </ButtonLink>
        </>
      }
    >
      이미 종료되었거나 볼 수 없는 내용이에요. 아래에서 다른 화면으로 이동해 주세요.
    </StatusScreen>
  );
}
