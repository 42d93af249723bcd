// /login – Kakao sign-in. Coming back from Kakao with ?error=… shows what happened in plain words;
// a cancel on Kakao's consent page is an ordinary choice, not an error.
import Link from "next/link";
import { signInWithKakao } from "@/app/session-actions";
import { Button } from "@/components/ui/button";

export const metadata = { title: "로그인" };

type Notice = { tone: "calm" | "problem"; text: string };

const NOTICES: Record<string, Notice> = {
  // Auth.js: the provider answered the callback with an error (Kakao: access_denied on "취소")
  OAuthCallbackError: { tone: "calm", text: "카카오 로그인을 취소했어요. 준비되시면 언제든 다시 시작할 수 있어요." },
  AccessDenied: { tone: "problem", text: "이 계정으로는 로그인할 수 없어요. 카카오 계정을 확인한 뒤 다시 시도해 주세요." },
  AccountSuspended: { tone: "problem", text: "이용이 정지되었거나 탈퇴한 계정이에요. 궁금한 점은 고객센터로 문의해 주세요." },
  SignInFailed: { tone: "problem", text: "로그인하지 못했어요. 잠시 후 다시 시도해 주세요." },
  RateLimited: { tone: "problem", text: "짧은 시간에 로그인 시도가 많았어요. 1분 뒤에 다시 시도해 주세요." },
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  const notice = error ? (NOTICES[error] ?? NOTICES.SignInFailed) : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-5">
      <Link href="/" className="text-lg font-extrabold text-brand-700">
        인연
      </Link>
      <h1 className="mt-6 text-2xl font-bold">로그인</h1>
      <p className="mt-2 text-sm text-stone-600">카카오 계정으로 간편하게 시작하세요.</p>
      {notice?.tone === "calm" ? (
        <p role="status" className="mt-6 rounded-xl bg-stone-100 p-3 text-sm text-stone-700">
          {notice.text}
        </p>
      ) : notice ? (
        <p role="alert" className="mt-6 rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {notice.text}
        </p>
      ) : null}
      <form action={signInWithKakao} className="mt-8">
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/login/continue"} />
        <Button type="submit" variant="kakao" className="w-full">
          카카오로 로그인
        </Button>
      </form>
      <p className="mt-6 text-xs text-stone-600">
        처음 오셨다면 로그인 후 <Link href="/terms" className="underline">이용약관</Link>, <Link href="/privacy" className="underline">개인정보처리방침</Link>, <Link href="/refund-policy" className="underline">환불정책</Link>을 확인하고 동의하는 단계로 이어져요.
      </p>
    </main>
  );
}
