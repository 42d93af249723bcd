"use client";
// One member card on /recommendations (a weekly recommendation or a received like): the profile, the
// like button (with undo), "관심 없음" (hides the card at once) and the block / report menu.
import { Fragment, useEffect, useState, useTransition } from "react";
import type { CallAction } from "@/lib/core/form";
import type { MatchRef } from "@/lib/matching/schemas";
import type { PublicProfile } from "@/lib/profiles/public-profile";
import { Badge } from "@/components/ui/badge";
import { FieldMessage } from "@/components/ui/field";
import { BlockReportMenu, type SafetyActions } from "@/components/members/block-report-menu";
import { LikeButton, type LikeActions } from "./like-button";
import { ProfileCard } from "./profile-card";

/** Everything a card does, handed down from the page (its actions.ts): like, undo, pass, block, report. */
export type CardActions = LikeActions & SafetyActions & { pass: CallAction<{ toUserId: string; batchWeek: string }>; undoPass: CallAction<{ toUserId: string; batchWeek: string }> };

/** how long 되돌리기 is offered after 관심 없음 */
const UNDO_MS = 5000;

type Props = { profile: PublicProfile; batchWeek: string; liked: boolean; likedMe: boolean; match: MatchRef | null; badge?: string; actions: CardActions; reasons?: readonly string[] };

export function RecommendationCard({ profile, batchWeek, liked, likedMe, match, badge, actions, reasons = [] }: Props) {
  const [passed, setPassed] = useState(false);
  const [undoOpen, setUndoOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const nickname = profile.nickname;
  useEffect(() => {
    if (!undoOpen) return;
    const t = setTimeout(() => setUndoOpen(false), UNDO_MS);
    return () => clearTimeout(t);
  }, [undoOpen]);

  if (passed) {
    const undo = () =>
      startTransition(async () => {
        const result = await actions.undoPass({ toUserId: profile.userId, batchWeek });
        setUndoOpen(false);
        if (result.ok) setPassed(false);
      });
    return (
      <div role="status" className="flex items-center justify-between gap-3 rounded-2xl border border-dashed border-stone-300 px-4 py-3 text-sm text-stone-700">
        <span>{nickname}님을 관심 없음으로 표시했어요. 다시 추천되지 않아요.</span>
        {undoOpen ? (
          <button type="button" onClick={undo} disabled={pending} className="min-h-11 shrink-0 rounded-xl px-3 font-semibold text-brand-700 underline">
            되돌리기
          </button>
        ) : null}
      </div>
    );
  }
  const onPass = () =>
    startTransition(async () => {
      setError(null);
      const result = await actions.pass({ toUserId: profile.userId, batchWeek });
      if (!result.ok) return setError(result.message ?? null);
      setPassed(true);
      setUndoOpen(true);
    });
  const label = badge ?? (likedMe && !liked && !match ? "나에게 좋아요를 보냈어요" : null);

  return (
    <div id={`member-${profile.userId}`} className="scroll-mt-20">
      <ProfileCard profile={profile} badge={label ? <Badge tone="brand">{label}</Badge> : null}>
        {reasons.length > 0 ? (
          <p className="rounded-xl bg-brand-50 px-3 py-2 text-sm text-brand-700">
            <span className="font-semibold">소개한 이유</span>
            {reasons.map((r) => (
              <Fragment key={r}>
                {" · "}
                <span className="whitespace-nowrap">{r}</span>
              </Fragment>
            ))}
          </p>
        ) : null}
        <LikeButton toUserId={profile.userId} batchWeek={batchWeek} nickname={nickname} liked={liked} match={match} label={likedMe && !liked ? "좋아요로 답하기" : "좋아요 보내기"} actions={actions} />
        {!liked && !match ? (
          <div>
            <button type="button" onClick={onPass} disabled={pending} className="w-full rounded-xl px-4 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100" aria-label={`${nickname}님 관심 없음`}>
              {pending ? "넘기는 중…" : "관심 없음"}
            </button>
            <FieldMessage error={error} />
          </div>
        ) : null}
        <div className="border-t border-stone-100 pt-3">
          <BlockReportMenu userId={profile.userId} nickname={nickname} actions={actions} />
        </div>
      </ProfileCard>
    </div>
  );
}
