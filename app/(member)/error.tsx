"use client";
// A member page failed: retry in place; the tabs stay (this renders inside the member layout).
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { StatusScreen } from "@/components/ui/status-screen";

export default function MemberError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusScreen
      title="잠시 문제가 생겼어요"
      actions={
        <>
          <Button type="button" onClick={reset}>
            다시 시도
          </Button>
          <ButtonLink href="/me" variant="secondary">
            내 정보로 가기
          </ButtonLink>
        </>
      }
    >
      화면을 불러오지 못했어요. 입력하신 내용은 저장되지 않았을 수 있으니, 잠시 후 다시 시도해 주세요.
      {error.digest ? <span className="mt-2 block text-xs text-stone-500">오류 코드 {error.digest}</span> : null}
    </StatusScreen>
  );
}
