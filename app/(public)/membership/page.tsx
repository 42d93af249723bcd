// /membership – membership tiers and the match fee from the one price table, the refund policy, and
// (for signed-in members) a buy button that opens Toss's card window.
import Link from "next/link";
import { currentActor } from "@/lib/auth/page-actor";
import { getMe } from "@/lib/members/get-me";
import { TIER_LABEL } from "@/lib/core/labels";
import { formatKrw, FREE_WEEKLY_RECOMMENDATIONS } from "@/lib/payments/products";
import { listProducts } from "@/lib/payments/list-products";
import { activeTier, grantMembership } from "@/lib/payments/membership-period";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { buyMembershipAction } from "./actions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { BuyMembershipForm } from "@/components/payments/buy-membership-form";

export const metadata = { title: "멤버십과 이용료" };
export const dynamic = "force-dynamic";


// a refused purchase is answered in the buy form itself: nothing on this page comes from its URL
export default async function MembershipPage() {
  const actor = await currentActor();
  const me = actor && actor.status !== "ONBOARDING" ? await getMe({ actor }) : null;
  // a purchase while a membership runs appends to it (lib/payments/membership-period.ts): say until when
  const now = new Date();
  const current = me ? { tier: me.membership.tier, expiresAt: me.membership.expiresAt ? new Date(me.membership.expiresAt) : null } : null;
  const running = current !== null && activeTier(current, now) !== "FREE";
  const { products } = listProducts();
  const memberships = products.filter((p) => p.kind === "MEMBERSHIP");
  const fee = products.find((p) => p.kind === "MATCH_FEE");
  return (
    <main className="mx-auto max-w-md px-5 pb-16 pt-8">
      <PageTitle sub={`가입과 주간 추천(매주 ${FREE_WEEKLY_RECOMMENDATIONS}명)은 무료예요. 모든 가격은 부가세 포함 금액이에요.`}>멤버십과 이용료</PageTitle>
      {me ? (
        <Card className="mb-4">
          <p className="text-sm text-stone-500">내 멤버십</p>
          <p className="mt-1 font-semibold" data-testid="membership-current">
            {TIER_LABEL[me.membership.tier]}
            {me.membership.expiresAt ? ` · ${formatSeoulDate(me.membership.expiresAt)}까지` : ""}
          </p>
        </Card>
      ) : null}
      <ul className="space-y-4">
        {memberships.map((p) => (
          <li key={p.id}>
            <Card>
              <div className="flex items-center justify-between">
                <h2 className="font-bold text-stone-900">{p.name}</h2>
                <Badge tone="brand">{p.durationDays}일</Badge>
              </div>
              <p className="mt-2 text-2xl font-extrabold text-stone-900">{formatKrw(p.price)}</p>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-stone-600">
                {p.benefits.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
              {running && current && p.tier && p.durationDays ? (
                <p className="mt-3 rounded-xl bg-brand-50 p-3 text-xs leading-5 text-brand-900" data-testid={`extends-${p.id}`}>
                  이미 이용 중인 멤버십이 있어요. 지금 구매하면 {formatSeoulDate(current.expiresAt!)}에 끝나는 지금 기간에 이어서 {p.durationDays}일이 더해져{" "}
                  <strong>{formatSeoulDate(grantMembership(current, { tier: p.tier, durationDays: p.durationDays }, now).periodEnd)}</strong>까지 이용할 수 있어요.
                </p>
              ) : null}
              {me ? (
                <BuyMembershipForm productId={p.id} productName={p.name} buy={buyMembershipAction} />
              ) : (
                <ButtonLink href="/login?callbackUrl=/membership" variant="secondary" className="mt-4 w-full">
                  로그인하고 구매하기
                </ButtonLink>
              )}
            </Card>
          </li>
        ))}
      </ul>
      {fee ? (
        <Card className="mt-4">
          <h2 className="font-bold text-stone-900">{fee.name}</h2>
          <p className="mt-2 text-xl font-extrabold">{formatKrw(fee.price)}</p>
          <p className="mt-2 text-sm text-stone-600">{fee.benefits[0].replace(/\.?$/, ".")} 매칭 화면에서 카드 또는 계좌이체로 결제해요.</p>
        </Card>
      ) : null}
      <p className="mt-6 text-center text-sm text-stone-500">
        결제 전 <Link href="/refund-policy" className="font-medium text-brand-600 underline">환불정책</Link>을 확인해 주세요. 결제일로부터 7일 이내 혜택을 이용하지 않았다면 전액 환불돼요.
      </p>
      {/* a public page: no member header or tabs, so offer the way back */}
      <ButtonLink href={me ? "/me" : "/"} variant="secondary" className="mt-6 w-full">
        {me ? "내 정보로 돌아가기" : "처음 화면으로 가기"}
      </ButtonLink>
    </main>
  );
}
