"use client";
// What an error boundary shows: a calm Korean message, a retry and one way out; never the error
// itself (the server log has it under the digest, which is shown for support).
import { useEffect, type ReactNode } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export type ErrorBoundaryProps = { error: Error & { digest?: string }; reset: () => void };

export function ErrorScreen({ error, reset, title = "잠시 문제가 생겼어요", exit, children }: ErrorBoundaryProps & { title?: string; exit: { href: string; label: string }; children: ReactNode }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusScreen
      title={title}
      actions={
        <>
          <Button type="button" onClick={reset}>
            다시 시도하기
          </Button>
          <ButtonLink href={exit.href} variant="secondary">
            {exit.label}
          </ButtonLink>
        </>
      }
    >
      {children}
      {error.digest ? <span className="mt-2 block text-xs text-stone-500">오류 코드 {error.digest}</span> : null}
    </StatusScreen>
  );
}
