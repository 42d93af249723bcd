"use client";
// Something failed while showing a page: a calm Korean message and a retry, never the error itself.
import { ErrorScreen, type ErrorBoundaryProps } from "@/components/ui/error-screen";

export default function ErrorPage(props: ErrorBoundaryProps) {
  return (
    <main className="min-h-dvh">
      <ErrorScreen {...props} exit={{ href: "/", label: "처음 화면으로 가기" }}>
        페이지를 보여 드리지 못했어요. 잠시 후 다시 시도해 주세요. 문제가 계속되면 고객센터로 알려 주세요.
      </ErrorScreen>
    </main>
  );
}
