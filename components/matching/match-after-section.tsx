// Below a match: the post-match feedback form (once the match is confirmed; private to the admins)
// and the block / report controls for the other member.
import type { Actor } from "@/lib/core/actor";
import { getMyMatchFeedback } from "@/lib/matching/match-feedback";
import type { MatchDetail } from "@/lib/matching/schemas";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/core/form";
import { BlockReportMenu, type SafetyActions } from "@/components/members/block-report-menu";
import { MatchFeedbackForm } from "./match-feedback-form";

/** `actions`: the page's feedback action and the block / report actions, handed down to the forms */
export async function MatchAfterSection({ actor, detail, actions }: { actor: Actor; detail: MatchDetail; actions: SafetyActions & { feedback: FormAction } }) {
  const { canGive, feedback } = await getMyMatchFeedback({ actor, input: { id: detail.match.id } });
  const other = detail.otherProfile;
  return (
    <div className="mt-4 space-y-4">
      {canGive ? (
        <Card id="feedback" className="scroll-mt-20 space-y-3">
          <h2 id="feedback-heading" className="text-base font-bold text-stone-900">
            만남은 어떠셨나요?
          </h2>
          <p className="text-sm text-stone-700">남겨 주신 후기는 운영팀만 볼 수 있어요. 다음 추천을 더 잘 고르는 데 쓰여요.</p>
          <MatchFeedbackForm matchId={detail.match.id} feedback={feedback} submit={actions.feedback} />
        </Card>
      ) : null}
      {other ? (
        <Card className="space-y-2">
          <p className="text-sm text-stone-700">불편한 일이 있었나요? 차단하면 서로 보이지 않고, 신고하면 운영팀이 확인해요.</p>
          <BlockReportMenu userId={other.userId} nickname={other.nickname} actions={actions} redirectTo="/matches" />
        </Card>
      ) : null}
    </div>
  );
}
