"use client";
// A member page failed: retry in place; the tabs stay (this renders inside the member layout).
import { ErrorScreen, type ErrorBoundaryProps } from "@/components/ui/error-screen";

export default function MemberError(props: ErrorBoundaryProps) {
  return (
    <ErrorScreen {...props} exit={{ href: "/me", label: "내 정보로 가기" }}>
      화면을 불러오지 못했어요. 입력하신 내용은 저장되지 않았을 수 있으니, 잠시 후 다시 시도해 주세요.
    </ErrorScreen>
  );
}
