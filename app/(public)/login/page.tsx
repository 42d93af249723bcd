// /login – Kakao sign-in.
import Link from "next/link";
import { signInWithKakao } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

const ERRORS: Record<string, string> = {
  AccountSuspended: "이용이 정지되었거나 탈퇴한 계정입니다. 고객센터로 문의해 주세요.",
  AccessDenied: "로그인이 취소되었습니다.",
  SignInFailed: "로그인 중 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  const message = error ? (ERRORS[error] ?? ERRORS.SignInFailed) : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-5">
      <Link href="/" className="text-lg font-extrabold text-brand-600">
        인연
      </Link>
      <h1 className="mt-6 text-2xl font-bold">로그인</h1>
      <p className="mt-2 text-sm text-stone-600">카카오 계정으로 간편하게 시작하세요.</p>
      {message ? (
        <p role="alert" className="mt-6 rounded-xl bg-red-50 p-3 text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <form action={signInWithKakao} className="mt-8">
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/me"} />
        <Button type="submit" variant="kakao" className="w-full">
          카카오로 로그인
        </Button>
      </form>
      <p className="mt-6 text-xs text-stone-500">
        로그인하면 <Link href="/terms" className="underline">이용약관</Link>과 <Link href="/privacy" className="underline">개인정보처리방침</Link>에 동의하는 절차로 이어집니다.
      </p>
    </main>
  );
}
