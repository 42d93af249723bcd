"use client";
// The 본인인증 step of onboarding: opens PortOne's identity verification with @portone/browser-sdk
// (its script from `sdkUrl`: PortOne's CDN, or the local stand-in dev/portone) in redirect mode, so a
// phone and a desktop take the same path: the window comes back to /onboarding with the verification's
// id, and the server fetches the result itself through `verify` (POST /api/identity/verify).
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { __INTERNAL__setPortOneSdkUrl, requestIdentityVerification } from "@portone/browser-sdk/v2";
import type { CallAction } from "@/lib/core/form";
import type { IdentityRequest } from "@/lib/identity/identity-status";
import { Button } from "@/components/ui/button";

const noSubscribe = () => () => {};

type Returned = { identityVerificationId: string; code: string | null; pgCode: string | null };

export function IdentityVerifyStep({ request, returned, verify }: { request: IdentityRequest; returned: Returned | null; verify: CallAction<{ identityVerificationId: string }> }) {
  const router = useRouter();
  const cancelled = !!returned?.code && returned.pgCode === "USER_CANCEL";
  // a window that came back is confirmed at once (pending), unless the person cancelled it there
  const [pending, setPending] = useState(!!returned && !cancelled);
  const [error, setError] = useState<string | null>(cancelled ? "본인인증을 취소했어요. 준비되시면 다시 시도해 주세요." : null);
  const handled = useRef(false);
  // false in the server's HTML, true once hydrated: a tap before then would do nothing
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);

  /** `pending` is already true here (set by the click, or initially for a window that came back) */
  const confirm = useCallback(
    (identityVerificationId: string) =>
      verify({ identityVerificationId }).then((state) => {
        router.replace("/onboarding");
        if (state.ok) return router.refresh();
        setError(state.message ?? "본인인증 결과를 확인하지 못했어요. 다시 시도해 주세요.");
        setPending(false);
      }),
    [router, verify],
  );

  useEffect(() => {
    // once, for the id the window came back with (React runs effects twice in development)
    if (!returned || handled.current) return;
    handled.current = true;
    if (cancelled) return void router.replace("/onboarding");
    void confirm(returned.identityVerificationId);
  }, [returned, cancelled, confirm, router]);

  const onClick = async () => {
    setPending(true);
    setError(null);
    try {
      __INTERNAL__setPortOneSdkUrl(request.sdkUrl);
      const identityVerificationId = `identity-${crypto.randomUUID()}`;
      const response = await requestIdentityVerification({
        storeId: request.storeId,
        channelKey: request.channelKey,
        identityVerificationId,
        customData: request.customData,
        redirectUrl: `${window.location.origin}/onboarding`,
        forceRedirect: true,
      });
      // a window that answered without leaving the page (PortOne falls back to the promise)
      if (response && !response.code) return void (await confirm(response.identityVerificationId));
      setError(response?.code ? "본인인증을 마치지 못했어요. 다시 시도해 주세요." : null);
      setPending(false);
    } catch {
      setError("본인인증 창을 열지 못했어요. 잠시 후 다시 시도해 주세요.");
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="identity-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="identity-title" className="text-base font-semibold text-stone-900">
        1단계 · 휴대폰 본인인증
      </h2>
      <p className="text-sm leading-relaxed text-stone-600">
        인연은 모든 회원이 본인인증을 마친 실제 사람이에요. 인증한 이름·생년월일·휴대폰 번호·성별로 가입하고, 다른 회원에게는 공개하지 않아요.
      </p>
      <ul className="list-disc space-y-1 pl-5 text-xs text-stone-500">
        <li>만 19세 이상만 가입할 수 있어요.</li>
        <li>한 분은 하나의 계정만 만들 수 있어요.</li>
      </ul>
      <Button type="button" className="w-full" disabled={pending || !hydrated} onClick={onClick}>
        {pending ? "본인인증을 확인하는 중…" : "휴대폰 본인인증하기"}
      </Button>
      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm leading-relaxed text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
