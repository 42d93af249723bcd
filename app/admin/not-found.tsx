// 404 inside the admin console (an unknown admin address, or a record that does not exist).
import { ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export default function AdminNotFound() {
  return (
    <StatusScreen
      code="404"
      title="관리자 페이지를 찾을 수 없어요"
      actions={<ButtonLink href="/admin">관리자 대시보드로</ButtonLink>}
    >
      아직 없는 메뉴이거나 삭제된 기록이에요. 왼쪽(모바일은 위쪽) 메뉴에서 이동해 주세요.
    </StatusScreen>
  );
}
