// One match: status, what happens next (payment window), and the other member's public profile.
import type { MatchDetail as MatchDetailDto } from "@/lib/matching/schemas";
import { Card } from "@/components/ui/card";
import { ProfileCard } from "@/components/recommendations/profile-card";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { MatchStatusBadge } from "./match-status-badge";

function nextStep(match: MatchDetailDto["match"]): string {
  if (match.status === "ACTIVE") return "매칭이 확정되었어요. 아래에서 연락처를 확인해 보세요.";
  if (match.status === "CLOSED") return match.closedReason === "EXPIRED" ? "결제 기한이 지나 종료된 매칭이에요." : "종료된 매칭이에요.";
  return match.expiresAt ? `${formatSeoulDate(match.expiresAt)}까지 매칭 이용료를 결제해 주세요. 결제가 확인되고 매칭이 확정되면 연락처가 공개돼요.` : "매칭 이용료를 결제해 주세요. 결제가 확인되고 매칭이 확정되면 연락처가 공개돼요.";
}

export function MatchDetail({ detail }: { detail: MatchDetailDto }) {
  const { match, otherProfile } = detail;
  return (
    <div className="space-y-4">
      <Card>
        <div className="flex items-center justify-between">
          <p className="text-sm text-stone-500">{formatSeoulDate(match.createdAt)} 매칭</p>
          <MatchStatusBadge status={match.status} />
        </div>
        <p className="mt-3 text-sm font-medium text-stone-800">{nextStep(match)}</p>
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
