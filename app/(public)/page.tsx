// Landing page (/).
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";

const steps = [
  { title: "카카오로 간편 가입", body: "본인 정보와 이상형을 알려 주세요. 연락처는 암호화되어 보관됩니다." },
  { title: "매주 월요일 10명 추천", body: "서로의 조건이 맞는 분만, 같은 분은 12주 안에 다시 소개하지 않아요." },
  { title: "서로 좋아요면 매칭", body: "두 분 모두 마음이 있을 때만 매칭이 성사되고, 결제 후 연결해 드려요." },
];

export default function LandingPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col px-5 py-10">
      <header className="flex items-center justify-between">
        <span className="text-lg font-extrabold text-brand-600">인연</span>
        <Link href="/login" className="text-sm text-stone-600">
          로그인
        </Link>
      </header>
      <section className="mt-14">
        <p className="text-sm font-semibold text-brand-600">결혼을 생각하는 분들을 위한 매칭 서비스</p>
        <h1 className="mt-3 text-3xl font-extrabold leading-tight">
          진지한 만남,
          <br />
          인연에서 시작하세요
        </h1>
        <p className="mt-4 text-stone-600">검증된 회원에게 매주 어울리는 분을 소개해 드립니다. 서로 마음이 통하면 매칭이 이루어져요.</p>
        <ButtonLink href="/login" variant="kakao" className="mt-8 w-full">
          카카오로 시작하기
        </ButtonLink>
      </section>
      <ol className="mt-12 space-y-4">
        {steps.map((s, i) => (
          <li key={s.title} className="rounded-2xl bg-white p-4 shadow-sm">
            <p className="text-xs font-bold text-brand-500">STEP {i + 1}</p>
            <p className="mt-1 font-semibold">{s.title}</p>
            <p className="mt-1 text-sm text-stone-600">{s.body}</p>
          </li>
        ))}
      </ol>
      <footer className="mt-auto pt-12 text-xs text-stone-500">
        <nav className="flex gap-3">
          <Link href="/terms">이용약관</Link>
          <Link href="/privacy" className="font-semibold">
            개인정보처리방침
          </Link>
          <Link href="/refund-policy">환불정책</Link>
        </nav>
        <p className="mt-2">만 19세 이상만 이용할 수 있습니다.</p>
      </footer>
    </main>
  );
}
