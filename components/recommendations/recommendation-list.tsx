// This week's recommendation cards, the empty state, and the "받은 좋아요" section.
import type { MemberRecommendations } from "@/lib/recommendations/member-schemas";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LikeButton } from "./like-button";
import { ProfileCard } from "./profile-card";

export const EMPTY_RECOMMENDATIONS = "이번 주 추천을 준비하고 있어요. 매주 월요일 오전 10시에 새로운 분을 소개해 드려요.";

export function RecommendationList({ data }: { data: MemberRecommendations }) {
  return (
    <>
      <section aria-labelledby="weekly-heading" className="space-y-4">
        <h2 id="weekly-heading" className="sr-only">
          이번 주 추천
        </h2>
        {data.items.length === 0 ? (
          <Card>
            <p className="text-sm text-stone-600">{EMPTY_RECOMMENDATIONS}</p>
          </Card>
        ) : (
          data.items.map((item) => (
            <ProfileCard key={item.id} profile={item.profile} badge={item.likedMe && !item.liked ? <Badge tone="brand">나에게 좋아요를 보냈어요</Badge> : null}>
              <LikeButton toUserId={item.profile.userId} batchWeek={item.batchWeek} nickname={item.profile.nickname} liked={item.liked} match={item.match} />
            </ProfileCard>
          ))
        )}
      </section>

      <section aria-labelledby="received-heading" className="mt-10 space-y-4">
        <h2 id="received-heading" className="text-lg font-bold text-stone-900">
          받은 좋아요
        </h2>
        {data.receivedLikes.length === 0 ? (
          <p className="text-sm text-stone-500">아직 받은 좋아요가 없어요.</p>
        ) : (
          data.receivedLikes.map((r) => (
            <ProfileCard key={r.profile.userId} profile={r.profile} badge={<Badge tone="brand">받은 좋아요</Badge>}>
              <LikeButton toUserId={r.profile.userId} batchWeek={data.week} nickname={r.profile.nickname} liked={false} match={null} />
            </ProfileCard>
          ))
        )}
      </section>
    </>
  );
}
