// 404 for any address the app does not have (e.g. an old bookmark): Korean, with a way back that
// fits who is looking (a signed-in member to their pages, a visitor to the home page).
import { ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";
import { currentActor } from "@/lib/auth/page-actor";

export const metadata = { title: "페이지를 찾을 수 없어요" };

export default async function NotFound() {
  const actor = await currentActor().catch(() => null);
  return (
    <main className="min-h-dvh">
      <StatusScreen
        code="404"
        title="페이지를 찾을 수 없어요"
        actions={
          actor ? (
            <>
              <ButtonLink href={actor.role === "ADMIN" ? "/admin" : "/recommendations"}>{actor.role === "ADMIN" ? "관리자 화면으로" : "이번 주 추천 보기"}</ButtonLink>
              <ButtonLink href="/me" variant="secondary">
                내 정보로 가기
              </ButtonLink>
            </>
          ) : (
            <>
              <ButtonLink href="/">처음 화면으로</ButtonLink>
              <ButtonLink href="/login" variant="secondary">
                로그인
              </ButtonLink>
            </>
          )
        }
      >
        주소가 바뀌었거나 없어진 페이지예요. 주소를 다시 확인하시거나 아래에서 이동해 주세요.
      </StatusScreen>
    </main>
  );
}
