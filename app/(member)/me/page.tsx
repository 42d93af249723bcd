// /me – the signed-in member's account: identity (own PII, masked), profile and preference status,
// membership, and the data-rights links (blocks, export, withdrawal). Onboarding members go to /onboarding.
import { IdentityBadge } from "@/components/members/identity-badge";
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { getMe } from "@/lib/members/get-me";
import { GENDER_LABEL, STATUS_LABEL } from "@/lib/core/labels";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { membershipLabel } from "@/lib/payments/products";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { listMyDocuments } from "@/lib/documents/documents";
import { VerifiedBadges } from "@/components/documents/verified-badges";

export const metadata = { title: "내 정보" };


export default async function MePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireMember();
  const [{ user, account, profile, preferences, membership }, documents] = await Promise.all([getMe({ actor }), listMyDocuments({ actor })]);
  const reviewing = documents.documents.filter((d) => d.status === "PENDING").length;
  const { error } = await searchParams;
  const approvedPhotos = profile?.photos.filter((p) => p.status === "APPROVED").length ?? 0;
  return (
    <>
      <PageTitle sub="계정과 프로필, 이용 현황을 한눈에 확인하세요.">내 정보</PageTitle>
      {error === "forbidden" ? (
        <p role="alert" className="mb-4 rounded-xl bg-amber-50 p-3 text-sm text-amber-800">
          관리자만 볼 수 있는 페이지예요.
        </p>
      ) : null}
      <Card>
        <p className="text-sm text-stone-500">닉네임</p>
        <p data-testid="me-nickname" className="text-lg font-semibold">
          {profile?.nickname ?? user.nickname ?? "회원"}
        </p>
        <div className="mt-3 flex gap-2">
          <Badge tone="brand">{STATUS_LABEL[user.status]}</Badge>
          {user.role === "ADMIN" ? <Badge tone="amber">관리자</Badge> : null}
          <IdentityBadge verified={account.identityVerified} />
          {membership.tier !== "FREE" ? <Badge tone="green">{membershipLabel(membership.tier)}</Badge> : null}
        </div>
        <dl className="mt-4 grid grid-cols-[6rem_1fr] gap-y-1.5 text-sm">
          <dt className="text-stone-500">이름</dt>
          <dd>{account.realName ?? "-"}</dd>
          <dt className="text-stone-500">휴대폰</dt>
          <dd>{account.phone ?? "-"}</dd>
          <dt className="text-stone-500">생년월일</dt>
          <dd>{account.birthDate ?? "-"}</dd>
          <dt className="text-stone-500">성별</dt>
          <dd>{account.gender ? GENDER_LABEL[account.gender] : "-"}</dd>
          {membership.expiresAt ? (
            <>
              <dt className="text-stone-500">멤버십 만료일</dt>
              <dd>{formatSeoulDate(membership.expiresAt)}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3 text-xs text-stone-500">
          가입일 {formatSeoulDate(user.createdAt)} · 실명과 연락처는 암호화해 보관하고, 다른 회원에게는 공개하지 않아요.
        </p>
      </Card>

      <Card className="mt-4">
        <div className="flex items-center justify-between">
          <p className="text-sm text-stone-500">멤버십</p>
          <Link href="/membership" className="text-xs font-medium text-brand-600 underline">
            {membership.tier === "FREE" ? "멤버십 알아보기" : "멤버십 연장하기"}
          </Link>
        </div>
        <p className="mt-1 font-semibold" data-testid="me-membership">
          {membershipLabel(membership.tier)}
          {membership.tier !== "FREE" && membership.expiresAt ? ` · ${formatSeoulDate(membership.expiresAt)}까지` : ""}
        </p>
        <Link href="/me/payments" className="mt-2 inline-block text-xs text-stone-500 underline">
          결제 내역 · 영수증
        </Link>
      </Card>

      <Card className="mt-4 space-y-3">
        <StatusRow label="프로필" done={!!profile && approvedPhotos > 0} detail={profile ? photoSummary(profile.photos) : "아직 등록하지 않았어요"} href="/profile" />
        <StatusRow
          label="이상형"
          done={!!preferences}
          detail={preferences ? `${preferences.ageMin}~${preferences.ageMax}세 · ${preferences.regions.length ? preferences.regions.join(", ") : "전국"}` : "아직 설정하지 않았어요"}
          href="/preferences"
        />
      </Card>
      <Card className="mt-4">
        <div className="flex items-center justify-between">
          <p className="text-sm text-stone-500">인증 배지</p>
          <Link href="/me/documents" className="text-xs font-medium text-brand-600 underline">
            {documents.badges.length > 0 ? "배지 관리" : "서류로 인증하기"}
          </Link>
        </div>
        <div className="mt-2" data-testid="me-badges">
          {documents.badges.length > 0 ? (
            <VerifiedBadges badges={documents.badges} />
          ) : (
            <p className="text-sm text-stone-600">재직·학력·혼인관계·소득을 서류로 인증하면 프로필에 배지가 붙어요.</p>
          )}
          {reviewing > 0 ? <p className="mt-2 text-xs text-amber-700">서류 {reviewing}건을 확인하고 있어요.</p> : null}
        </div>
      </Card>
      {!profile || !preferences ? (
        <ButtonLink href={!profile ? "/profile" : "/preferences"} className="mt-4 w-full">
          {!profile ? "프로필 등록하기" : "이상형 설정하기"}
        </ButtonLink>
      ) : null}

      <nav aria-label="상담과 고객센터" className="mt-6 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white text-sm">
        <Link href="/consultations" className="block px-4 py-3">
          매니저 1:1 상담 <span className="text-xs text-stone-500">(예약·변경·취소)</span>
        </Link>
        <Link href="/help" className="block px-4 py-3">
          고객센터 <span className="text-xs text-stone-500">(자주 묻는 질문·1:1 문의)</span>
        </Link>
      </nav>

      <nav aria-label="계정 관리" className="mt-6 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white text-sm">
        <Link href="/me/notifications" className="block px-4 py-3">
          알림 설정 <span className="text-xs text-stone-500">(카카오 알림톡·이메일, 야간 알림, 광고 수신 동의)</span>
        </Link>
        <Link href="/me/blocks" className="block px-4 py-3">
          차단 목록
        </Link>
        <a href="/api/me/export.txt" className="block px-4 py-3" download>
          내 정보 사본 받기 <span className="text-xs text-stone-500">(프로필·매칭·결제 기록을 읽기 쉬운 파일로 저장)</span>
        </a>
        <a href="/api/me/export" className="block px-4 py-3" download>
          내 정보 사본 (JSON 파일) <span className="text-xs text-stone-500">(다른 서비스로 옮길 때 쓰는 형식)</span>
        </a>
        <Link href="/terms" className="block px-4 py-3">
          이용약관 · 개인정보처리방침 · 환불정책
        </Link>
        <Link href="/me/withdraw" className="block px-4 py-3 text-red-600">
          회원 탈퇴
        </Link>
      </nav>
    </>
  );
}

/** "사진 3장 · 승인 1장": the profile counts as done only with an approved photo (docs/photos.md) */
function photoSummary(photos: { status: string }[]): string {
  if (photos.length === 0) return "사진을 올려 주세요";
  const approved = photos.filter((p) => p.status === "APPROVED").length;
  return approved > 0 ? `사진 ${photos.length}장 · 승인 ${approved}장` : `사진 ${photos.length}장 · 검토를 기다리고 있어요`;
}

function StatusRow({ label, done, detail, href }: { label: string; done: boolean; detail: string; href: string }) {
  return (
    <Link href={href} className="flex items-center justify-between">
      <span>
        <span className="font-medium">{label}</span>
        <span className="ml-2 text-xs text-stone-500">{detail}</span>
      </span>
      <Badge tone={done ? "green" : "amber"}>{done ? "완료" : "입력 전"}</Badge>
    </Link>
  );
}
