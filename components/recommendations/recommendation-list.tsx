// This week's recommendation cards, the empty states (lib/member-recommendations/empty-state.ts: what
// is missing, nobody fits and what to widen, first list on its way, week not built yet), and the "받은 좋아요" section. A member who liked the caller and
// is also among the cards is listed under 받은 좋아요 too (as a pointer to their card), so the two
// never disagree.
import Link from "next/link";
import type { EmptyState as EmptyStateInfo, MissingStep } from "@/lib/member-recommendations/empty-state";
import type { MemberRecommendations } from "@/lib/member-recommendations/schemas";
import { Card } from "@/components/ui/card";
import { FirstListWaiting } from "./first-list-waiting";
import { RecommendationCard, type CardActions } from "./recommendation-card";

const EMPTY_RECOMMENDATIONS = "이번 주 추천을 준비하고 있어요. 매주 월요일 오전 10시에 새로운 분을 소개해 드려요.";

/** The page's actions: the cards' and the first-list request (`FirstListWaiting`). */
export type RecommendationActions = CardActions & { requestFirstList: Parameters<typeof FirstListWaiting>[0]["request"] };

const linkClass = "font-semibold text-brand-700 underline";

/** one line per step that is actually missing, each with where to do it */
const STEP: Record<MissingStep, React.ReactNode> = {
  PROFILE: (
    <>
      <Link href="/profile" className={linkClass}>프로필</Link>을 입력해 주세요. 어떤 분인지 알아야 소개해 드릴 수 있어요.
    </>
  ),
  PREFERENCES: (
    <>
      <Link href="/preferences" className={linkClass}>이상형 조건</Link>을 저장해 주세요. 만나고 싶은 분의 성별과 나이를 알려 주시면 돼요.
    </>
  ),
  PHOTO_NONE: (
    <>
      <Link href="/profile#photo-manager-title" className={linkClass}>사진을 올려 주세요.</Link> 승인된 사진이 있어야 추천을 받고, 다른 분께도 소개될 수 있어요.
    </>
  ),
  PHOTO_PENDING: <>사진을 검토하고 있어요. 승인된 사진이 있어야 추천을 받고, 다른 분께도 소개될 수 있어요. 보통 하루 안에 검토가 끝나고, 끝나면 알려 드려요.</>,
  PHOTO_REJECTED: (
    <>
      올린 사진이 승인되지 않았어요.{" "}
      <Link href="/profile#photo-manager-title" className={linkClass}>새 사진을 올려 주세요.</Link> 승인된 사진이 있어야 추천을 받고, 다른 분께도 소개될 수 있어요.
    </>
  ),
  MATCHED: (
    <>
      매칭이 완료된 상태라 새 추천을 보내 드리지 않아요. <Link href="/matches" className={linkClass}>매칭 보기</Link>
    </>
  ),
  NOT_A_MEMBER: <>운영자 계정은 추천을 받지 않아요.</>,
};

function EmptyState({ state, actions }: { state: EmptyStateInfo; actions: RecommendationActions }) {
  switch (state.kind) {
    case "PREPARING":
      return <FirstListWaiting request={actions.requestFirstList} />;
    case "MISSING":
      return (
        <div className="text-sm text-stone-700" data-testid="recs-missing">
          <p className="font-semibold text-stone-900">{state.missing.length > 1 ? "추천을 받으려면 아래를 마쳐 주세요" : "추천을 받으려면 한 가지만 남았어요"}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {state.missing.map((m) => (
              <li key={m} data-step={m}>{STEP[m]}</li>
            ))}
          </ul>
        </div>
      );
    case "NARROW":
      return (
        <div className="text-sm text-stone-700" data-testid="recs-narrow">
          <p className="font-semibold text-stone-900">조건에 맞는 분이 아직 없어요</p>
          <p className="mt-1">
            {state.widen.kind === "STRICT"
              ? `가장 많이 좁히는 조건은 '${state.widen.label}'이에요. 이 조건을 '꼭'에서 '되도록'으로 바꾸면 더 많은 분을 만날 수 있어요.`
              : `원하시는 나이(${state.widen.ageMin}~${state.widen.ageMax}세)이면서 회원님과도 조건이 맞는 분이 아직 없어요. 나이 범위를 넓히면 더 많은 분을 만날 수 있어요.`}
          </p>
          <Link href="/preferences" className={`mt-2 inline-block ${linkClass}`}>
            이상형 조건 넓히기
          </Link>
        </div>
      );
    case "NONE_FOUND":
      return (
        <p className="text-sm text-stone-700">
          지금은 조건에 맞는 분을 찾지 못했어요. 매주 월요일 오전 10시에 새로운 분을 소개해 드려요.{" "}
          <Link href="/preferences" className={linkClass}>
            이상형 조건을 넓히면
          </Link>{" "}
          더 많은 분을 만날 수 있어요.
        </p>
      );
    case "ALL_SEEN":
      return <p className="text-sm text-stone-700">이번 주 추천을 모두 확인했어요. 다음 주 월요일 오전 10시에 새로운 분을 소개해 드릴게요.</p>;
    default:
      return <p className="text-sm text-stone-700">{EMPTY_RECOMMENDATIONS}</p>;
  }
}

export function RecommendationList({ data, emptyState = { kind: "WAITING_FOR_WEEK" }, actions }: { data: MemberRecommendations; emptyState?: EmptyStateInfo; actions: RecommendationActions }) {
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
