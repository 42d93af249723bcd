"use client";
// An admin page failed: the digest lets the operator find the stack in the server log.
import { ErrorScreen, type ErrorBoundaryProps } from "@/components/ui/error-screen";

export default function AdminError(props: ErrorBoundaryProps) {
  return (
    <ErrorScreen {...props} title="화면을 불러오지 못했어요" exit={{ href: "/admin", label: "관리자 대시보드로" }}>
      일시적인 문제일 수 있어요. 다시 시도해도 같으면 서버 로그에서 아래 오류 코드를 찾아 주세요.
    </ErrorScreen>
  );
}
