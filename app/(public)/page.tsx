// Landing page (/): what the service is, how it proceeds (추천 → 서로 좋아요 → 결제 → 연락처 공개)
// with the prices of the one price table (lib/payments/products.ts), and the operator disclosures
// the Marriage Brokerage Act requires.
import Link from "next/link";
import { BusinessInfo } from "@/components/legal/business-info";
import { Button } from "@/components/ui/button";
import { signInWithKakao } from "@/app/session-actions";
import { env } from "@/lib/env";
import { FREE_WEEKLY_RECOMMENDATIONS, MATCH_FEE_PRODUCT_ID, PRODUCTS, formatKrw } from "@/lib/payments/products";

const matchFee = PRODUCTS.find((p) => p.id === MATCH_FEE_PRODUCT_ID)!;
const memberships = PRODUCTS.filter((p) => p.kind === "MEMBERSHIP");

const steps = [
  {
    title: "매주 월요일, 추천",
    body: `나이·지역·관심사가 서로 맞는 분을 매주 ${FREE_WEEKLY_RECOMMENDATIONS}명(멤버십 회원은 더 많이) 소개해 드려요. 한 번 소개한 분은 12주 동안 다시 소개하지 않아요.`,
    price: "무료",
  },
  {
    title: "서로 좋아요",
    body: "마음에 드는 분께 좋아요를 보내세요. 상대도 좋아요를 보내면 매칭이 성사돼요. 한쪽만 좋아요를 보낸 상태에서는 아무 정보도 공개되지 않아요.",
    price: "무료",
  },
  {
    title: "매칭 이용료 결제",
    body: `매칭이 성사된 경우에만 매칭 1건마다 이용료를 결제해요. 카드 또는 계좌이체로 결제할 수 있고, 성사 후 ${env.MATCH_PENDING_DAYS}일 안에 결제가 확인되지 않으면 매칭은 종료돼요.`,
    price: `${formatKrw(matchFee.price)} (부가세 포함)`,
  },
  {
    title: "연락처 공개",
    body: "결제가 확인되면 매칭이 활성화되고, 두 분이 공개에 동의한 연락처를 서로 확인할 수 있어요. 그 전에는 실명과 연락처가 공개되지 않아요.",
    price: null,
  },
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
        <p className="mt-4 text-stone-600">매주 서로 잘 맞는 분을 소개해 드려요. 두 분 모두 마음이 있을 때만 매칭이 이루어지고, 비용은 매칭이 성사된 경우에만 들어요.</p>
        {/* one tap to Kakao: the sign-in action itself, not the /login page in between */}
        <form action={signInWithKakao} className="mt-8">
          <input type="hidden" name="callbackUrl" value="/login/continue" />
          <Button type="submit" variant="kakao" className="w-full">
            카카오로 시작하기
          </Button>
        </form>
        <p className="mt-2 text-center text-xs text-stone-600">가입, 프로필 등록, 추천 보기, 좋아요는 모두 무료예요.</p>
      </section>

      <section aria-labelledby="how-title" className="mt-12">
        <h2 id="how-title" className="text-lg font-bold">
          이렇게 진행돼요
        </h2>
        <ol className="mt-4 space-y-3">
          {steps.map((s, i) => (
            <li key={s.title} className="rounded-2xl bg-white p-4 shadow-sm">
              <div className="flex items-baseline justify-between gap-2">
                <p className="font-semibold">
                  <span className="mr-2 text-sm font-bold text-brand-600">{i + 1}</span>
                  {s.title}
                </p>
                {s.price ? <p className="shrink-0 text-sm font-semibold text-stone-800">{s.price}</p> : null}
              </div>
              <p className="mt-1 text-sm leading-6 text-stone-600">{s.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="price-title" className="mt-12">
        <h2 id="price-title" className="text-lg font-bold">
          요금 안내
        </h2>
        <p className="mt-1 text-sm text-stone-600">모든 금액은 부가세 포함이에요. 멤버십은 선택 사항이에요.</p>
        <ul className="mt-4 divide-y divide-stone-200 rounded-2xl bg-white px-4 shadow-sm">
          {[matchFee, ...memberships].map((p) => (
            <li key={p.id} className="py-3">
              <div className="flex items-baseline justify-between gap-2">
                <p className="font-semibold">{p.id === MATCH_FEE_PRODUCT_ID ? "매칭 이용료 (매칭 1건)" : p.name}</p>
                <p className="shrink-0 font-semibold">{formatKrw(p.price)}</p>
              </div>
              <p className="mt-0.5 text-sm text-stone-600">{p.id === MATCH_FEE_PRODUCT_ID ? "서로 좋아요로 매칭이 성사된 경우에만 결제해요." : p.benefits.join(" · ")}</p>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex gap-4 text-sm">
          <Link href="/membership" className="font-semibold text-brand-600 underline underline-offset-2">
            멤버십 자세히 보기
          </Link>
          <Link href="/refund-policy" className="text-stone-700 underline underline-offset-2">
            환불정책
          </Link>
        </div>
      </section>

      <section aria-labelledby="safety-title" className="mt-12">
        <h2 id="safety-title" className="text-lg font-bold">
          안심하고 만나도록
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm leading-6 text-stone-600">
          <li>다른 회원에게는 닉네임과 직접 공개하기로 한 정보만 보여요.</li>
          <li>실명과 연락처는 암호화해 보관하고, 활성화된 매칭 상대에게만 동의를 받아 공개해요.</li>
          <li>불편한 회원은 언제든 차단하거나 신고할 수 있어요.</li>
          <li>만 19세 이상만 가입할 수 있어요.</li>
        </ul>
      </section>

      <footer className="mt-auto pt-12 text-xs text-stone-600">
        <nav aria-label="약관 및 정책" className="flex flex-wrap gap-3">
          <Link href="/terms">이용약관</Link>
          <Link href="/privacy" className="font-semibold">
            개인정보처리방침
          </Link>
          <Link href="/refund-policy">환불정책</Link>
          <Link href="/faq">자주 묻는 질문</Link>
        </nav>
        <BusinessInfo className="mt-4" />
      </footer>
    </main>
  );
}
