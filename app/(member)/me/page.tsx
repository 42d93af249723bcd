// /me – the signed-in member's account summary.
import { requireMember } from "@/lib/auth/page-actor";
import { getMe } from "@/lib/members/get-me";
import { STATUS_LABEL } from "@/lib/members/status-labels";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "내 정보" };

export default async function MePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireMember({ allowOnboarding: true });
  const { user } = await getMe({ actor });
  const { error } = await searchParams;
  return (
    <>
      <PageTitle sub="인연에 오신 것을 환영합니다.">내 정보</PageTitle>
      {error === "forbidden" ? (
        <p role="alert" className="mb-4 rounded-xl bg-amber-50 p-3 text-sm text-amber-800">
          관리자만 접근할 수 있는 페이지입니다.
        </p>
      ) : null}
      <Card>
        <p className="text-sm text-stone-500">닉네임</p>
        <p data-testid="me-nickname" className="text-lg font-semibold">
          {user.nickname ?? "회원"}
        </p>
        <div className="mt-3 flex gap-2">
          <Badge tone="brand">{STATUS_LABEL[user.status]}</Badge>
          {user.role === "ADMIN" ? <Badge tone="amber">관리자</Badge> : null}
        </div>
        <p className="mt-3 text-xs text-stone-500">가입일 {new Date(user.createdAt).toLocaleDateString("ko-KR")}</p>
      </Card>
      {user.status === "ONBOARDING" ? (
        <ButtonLink href="/onboarding" className="mt-4 w-full">
          가입 절차 계속하기
        </ButtonLink>
      ) : null}
    </>
  );
}
