// One match: status, what happens next (payment window), and the other member's public profile.
import type { MatchDetail as MatchDetailDto } from "@/lib/matching/schemas";
import { Card } from "@/components/ui/card";
import { ProfileCard } from "@/components/recommendations/profile-card";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { MatchStatusBadge } from "./match-status-badge";
import { activeMatchMessage, type ContactState } from "@/lib/matching/contact-message";

/** why a match ended, for the member still in it (a withdrawn or banned partner cannot see it) */
const CLOSED_BECAUSE: Record<string, string> = {
  EXPIRED: "결제 기한이 지나 매칭이 종료되었어요.",
  WITHDRAWN: "상대 회원이 탈퇴해 매칭이 종료되었어요.",
  BANNED: "상대 회원의 이용이 정지되어 매칭이 종료되었어요.",
  ADMIN_UNMATCH: "운영팀이 매칭을 종료했어요.",
};

function nextStep(match: MatchDetailDto["match"], contact?: ContactState | null): string {
  if (match.status === "ACTIVE") return contact ? activeMatchMessage(contact) : "매칭이 확정되었어요.";
  if (match.status === "CLOSED") return `${match.closedAt ? `${formatSeoulDate(match.closedAt)}에 ` : ""}${CLOSED_BECAUSE[match.closedReason ?? ""] ?? "매칭이 종료되었어요."}`;
  return match.expiresAt ? `${formatSeoulDate(match.expiresAt)}까지 매칭 이용료를 결제해 주세요. 결제가 확인되고 매칭이 확정되면 연락처가 공개돼요.` : "매칭 이용료를 결제해 주세요. 결제가 확인되고 매칭이 확정되면 연락처가 공개돼요.";
}

export function MatchDetail({ detail, contact }: { detail: MatchDetailDto; contact?: ContactState | null }) {
  const { match, otherProfile } = detail;
  return (
    <div className="space-y-4">
      <Card>
        <div className="flex items-center justify-between">
          <p className="text-sm text-stone-500">{formatSeoulDate(match.createdAt)} 매칭</p>
          <MatchStatusBadge status={match.status} />
        </div>
        <p className="mt-3 text-sm font-medium text-stone-800">{nextStep(match, contact)}</p>
      </Card>
      {otherProfile ? (
        <ProfileCard profile={otherProfile} />
      ) : (
        <Card>
          <p className="text-sm text-stone-600">탈퇴 등의 이유로 상대방의 프로필을 볼 수 없어요.</p>
        </Card>
      )}
    </div>
  );
}
