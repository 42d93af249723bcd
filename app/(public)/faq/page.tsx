// /faq – 자주 묻는 질문 (price, refunds, verification, safety, withdrawal), readable before sign-in;
// the answers come from the price table and the refund function (lib/helpdesk/faq.ts).
import Link from "next/link";
import { faqEntries } from "@/lib/helpdesk/faq";
import { PageTitle } from "@/components/ui/card";
import { FaqList } from "@/components/service/faq-list";

export const metadata = { title: "자주 묻는 질문" };

export default function FaqPage() {
  return (
    <main className="mx-auto max-w-md px-5 pb-16 pt-8">
      <Link href="/" className="text-lg font-extrabold text-brand-700">인연</Link>
      <div className="mt-6">
        <PageTitle sub="요금, 환불, 인증, 안전, 탈퇴에 대해 자주 묻는 질문이에요.">자주 묻는 질문</PageTitle>
      </div>
      <FaqList entries={faqEntries()} />
      <p className="mt-6 text-sm text-stone-700">
        답을 찾지 못했다면 로그인 후 <Link href="/help" className="font-semibold text-brand-700 underline">1:1 문의</Link>를 남겨 주세요.
      </p>
    </main>
  );
}
