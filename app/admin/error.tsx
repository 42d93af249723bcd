"use client";
// An admin page failed: the digest lets the operator find the stack in the server log.
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusScreen
      title="화면을 불러오지 못했어요"
      actions={
        <>
          <Button type="button" onClick={reset}>
            다시 시도
          </Button>
          <ButtonLink href="/admin" variant="secondary">
            관리자 대시보드로
          </ButtonLink>
        </>
      }
    >
      일시적인 문제일 수 있어요. 다시 시도해도 같으면 서버 로그에서 아래 오류 코드를 찾아 주세요.
      {error.digest ? <span className="mt-2 block font-mono text-xs text-stone-500">digest {error.digest}</span> : null}
    </StatusScreen>
  );
}
