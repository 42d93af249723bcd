"use client";
// Something failed while showing a page: a calm Korean message and a retry, never the error itself
// (the server log has it, under the digest).
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="min-h-dvh">
      <StatusScreen
        title="잠시 문제가 생겼어요"
        actions={
          <>
            <Button type="button" onClick={reset}>
              다시 시도
            </Button>
            <ButtonLink href="/" variant="secondary">
              처음 화면으로
            </ButtonLink>
          </>
        }
      >
        페이지를 보여 드리지 못했어요. 잠시 후 다시 시도해 주세요. 문제가 계속되면 고객센터로 알려 주세요.
        {error.digest ? <span className="mt-2 block text-xs text-stone-500">오류 코드 {error.digest}</span> : null}
      </StatusScreen>
    </main>
  );
}
