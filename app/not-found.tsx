// 404 for any address the app does not have (e.g. an old bookmark): Korean, with a way back. Static on
// purpose — reading the session here made every page of the app dynamic (this boundary is part of
// each page's tree), so the public pages could not be prerendered. A signed-out visitor who follows
// "내 추천 보기" is sent to the login first; members and admins have their own 404s
// (app/(member)/not-found.tsx, app/admin/not-found.tsx).
import { ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export const metadata = { title: "페이지를 찾을 수 없어요" };

export default function NotFound() {
  return (
    <main className="min-h-dvh">
      <StatusScreen
        code="404"
        title="페이지를 찾을 수 없어요"
        actions={
          <>
            <ButtonLink href="/">처음 화면으로 가기</ButtonLink>
            <ButtonLink href="/recommendations" variant="secondary">
              내 추천 보기
            </ButtonLink>
          </>
        }
      >
        주소가 바뀌었거나 없어진 페이지예요. 주소를 다시 확인하시거나 아래 버튼으로 이동해 주세요.
      </StatusScreen>
    </main>
  );
}
