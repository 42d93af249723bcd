// /recommendations – this week's recommended members (like, undo, 관심 없음, block/report) and the
// 받은 좋아요 list. A new member without a list gets their first one now instead of waiting for Monday:
// the waiting state asks for it through its operation (a render writes nothing) and refreshes until
// it is there. An empty list names only what is missing, or says at once that nobody fits the
// conditions and what to widen (lib/member-recommendations/empty-state.ts).
import { requireMember } from "@/lib/auth/page-actor";
import { listMemberRecommendations } from "@/lib/member-recommendations/list-member-recommendations";
import { FIRST_LIST_WINDOW_MS, firstListState } from "@/lib/recommendations/top-up-first-list";
import { currentWeek } from "@/lib/core/week";
import { PageTitle } from "@/components/ui/card";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { ConditionsNotes } from "@/components/recommendations/conditions-notes";
import { getMatchConditions } from "@/lib/member-recommendations/get-match-conditions";
import { emptyStateFor, type EmptyState } from "@/lib/member-recommendations/empty-state";
import { missingSteps } from "@/lib/member-recommendations/missing-steps";
import { blockMemberAction, reportMemberAction } from "../safety-actions";
import { likeMemberAction, passMemberAction, requestFirstListAction, undoPassAction, unlikeMemberAction } from "./actions";

const actions = { like: likeMemberAction, unlike: unlikeMemberAction, pass: passMemberAction, undoPass: undoPassAction, block: blockMemberAction, report: reportMemberAction, requestFirstList: requestFirstListAction };

export const metadata = { title: "이번 주 추천" };

export default async function RecommendationsPage() {
  const actor = await requireMember();
  const data = await listMemberRecommendations({ actor });
  const empty = data.items.length === 0;
  // an empty list counts who fits the member's conditions at once (not after the first-list window)
  const conditions = await getMatchConditions({ actor, countPool: empty });
  let emptyState: EmptyState | undefined;
  if (empty) {
    const now = new Date();
    const { state, since } = await firstListState(actor.userId, now);
    const missing = state === "INCOMPLETE" || state === "NEEDS_PHOTO" ? await missingSteps(actor.userId) : [];
    emptyState = emptyStateFor({ state, since, now, windowMs: FIRST_LIST_WINDOW_MS, missing, conditions });
  }
  // Monday before the weekly build (10:00 KST) the list is still last week's: say so
  const lastWeeks = data.week !== currentWeek();
  return (
    <>
      <PageTitle
        sub={
          lastWeeks
            ? "이번 주 추천은 월요일 오전 10시쯤 도착해요. 그때까지는 지난주 추천에 좋아요를 보낼 수 있어요."
            : "서로 좋아요를 누르면 매칭이 성사돼요. 관심 없는 분은 '관심 없음'으로 넘길 수 있어요."
        }
      >
        {lastWeeks ? "지난주 추천" : "이번 주 추천"}
      </PageTitle>
      <ConditionsNotes conditions={conditions} strictNote={emptyState?.kind !== "NARROW"} />
      <RecommendationList data={data} emptyState={emptyState} actions={actions} />
    </>
  );
}
