// This week's recommendation cards, the empty states (first list on its way, week not built yet,
// profile incomplete, nobody found), and the "받은 좋아요" section. A member who liked the caller and
// is also among the cards is listed under 받은 좋아요 too (as a pointer to their card), so the two
// never disagree.
import Link from "next/link";
import type { FirstListState } from "@/lib/recommendations/top-up-first-list";
import type { MemberRecommendations } from "@/lib/member-recommendations/schemas";
import { Card } from "@/components/ui/card";
import { FirstListWaiting } from "./first-list-waiting";
import { RecommendationCard, type CardActions } from "./recommendation-card";

const EMPTY_RECOMMENDATIONS = "이번 주 추천을 준비하고 있어요. 매주 월요일 오전 10시에 새로운 분을 소개해 드려요.";

type EmptyKind = FirstListState | "NONE_FOUND" | "ALL_SEEN";

/** The page's actions: the cards' and the first-list request (`FirstListWaiting`). */
export type RecommendationActions = CardActions & { requestFirstList: Parameters<typeof FirstListWaiting>[0]["request"] };

function EmptyState({ state, actions }: { state: EmptyKind; actions: RecommendationActions }) {
  if (state === "PREPARING") return <FirstListWaiting request={actions.requestFirstList} />;
  if (state === "INCOMPLETE")
    return (
      <p className="text-sm text-stone-700">
        <Link href="/profile" className="font-semibold text-brand-700 underline">
          프로필
        </Link>
        과{" "}
        <Link href="/preferences" className="font-semibold text-brand-700 underline">
          이상형 조건
        </Link>
        을 입력하면 바로 첫 추천을 받아 볼 수 있어요.
      </p>
    );
  if (state === "NEEDS_PHOTO")
    return (
      <p className="text-sm text-stone-700">
        승인된 사진이 있어야 추천을 받고, 다른 분께도 소개될 수 있어요.{" "}
        <Link href="/profile#photo-manager-title" className="font-semibold text-brand-700 underline">
          사진을 올리거나
        </Link>{" "}
        검토가 끝날 때까지 조금만 기다려 주세요. 보통 하루 안에 검토해요.
      </p>
    );
  if (state === "NONE_FOUND")
    return (
      <p className="text-sm text-stone-700">
        지금은 조건에 맞는 분을 찾지 못했어요. 매주 월요일 오전 10시에 새로운 분을 소개해 드려요.{" "}
        <Link href="/preferences" className="font-semibold text-brand-700 underline">
          이상형 조건을 넓히면
        </Link>{" "}
        더 많은 분을 만날 수 있어요.
      </p>
    );
  if (state === "ALL_SEEN") return <p className="text-sm text-stone-700">이번 주 추천을 모두 확인했어요. 다음 주 월요일 오전 10시에 새로운 분을 소개해 드릴게요.</p>;
  return <p className="text-sm text-stone-700">{EMPTY_RECOMMENDATIONS}</p>;
}

export function RecommendationList({ data, emptyState = "WAITING_FOR_WEEK", actions }: { data: MemberRecommendations; emptyState?: EmptyKind; actions: RecommendationActions }) {
  const cardIds = new Set(data.items.map((i) => i.profile.userId));
  const admirers = new Set(data.receivedLikes.map((r) => r.profile.userId));
  return (
    <>
      <section aria-labelledby="weekly-heading" className="space-y-4">
        <h2 id="weekly-heading" className="sr-only">
          이번 주 추천
        </h2>
        {data.items.length === 0 ? (
          <Card>
            <EmptyState state={emptyState} actions={actions} />
          </Card>
        ) : (
          data.items.map((item) => (
            <RecommendationCard key={item.id} profile={item.profile} batchWeek={item.batchWeek} liked={item.liked} likedMe={admirers.has(item.profile.userId)} match={item.match} reasons={item.reasons} actions={actions} />
          ))
        )}
      </section>

      <section aria-labelledby="received-heading" className="mt-10 space-y-4">
        <h2 id="received-heading" className="scroll-mt-20 text-lg font-bold text-stone-900">
          받은 좋아요
        </h2>
        {data.receivedLikes.length === 0 ? (
          <p className="text-sm text-stone-700">아직 받은 좋아요가 없어요. 누군가 회원님께 좋아요를 보내면 여기에서 바로 답할 수 있어요.</p>
        ) : (
          data.receivedLikes.map((r) =>
            cardIds.has(r.profile.userId) ? (
              <p key={r.profile.userId} className="rounded-2xl bg-brand-50 px-4 py-3 text-sm text-stone-800">
                <strong>{r.profile.nickname}</strong>님이 좋아요를 보냈어요.{" "}
                <a href={`#member-${r.profile.userId}`} className="font-semibold text-brand-700 underline">
                  위 추천 카드에서 답하기
                </a>
              </p>
            ) : (
              <RecommendationCard key={r.profile.userId} profile={r.profile} batchWeek={data.week} liked={false} likedMe match={null} badge="받은 좋아요" actions={actions} />
            ),
          )
        )}
      </section>
    </>
  );
}
