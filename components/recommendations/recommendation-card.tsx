"use client";
// One member card on /recommendations (a weekly recommendation or a received like): the profile, the
// like button (with undo), "관심 없음" (hides the card at once) and the block / report menu.
import { useEffect, useRef, useState, useTransition } from "react";
import type { CallAction } from "@/lib/core/form";
import type { MatchRef } from "@/lib/matching/schemas";
import type { PublicProfile } from "@/lib/profiles/public-profile";
import { Badge } from "@/components/ui/badge";
import { FieldMessage } from "@/components/ui/field";
import { BlockReportMenu, type SafetyActions } from "@/components/members/block-report-menu";
import { LikeButton, type LikeActions } from "./like-button";
import { ProfileCard } from "./profile-card";

/** Everything a card does, handed down from the page (its actions.ts): like, undo, pass, block, report. */
export type CardActions = LikeActions & SafetyActions & { pass: CallAction<{ toUserId: string; batchWeek: string }> };

/** how long 관심 없음 can be taken back before it is sent */
const UNDO_MS = 5000;

type Props = { profile: PublicProfile; batchWeek: string; liked: boolean; likedMe: boolean; match: MatchRef | null; badge?: string; actions: CardActions };

export function RecommendationCard({ profile, batchWeek, liked, likedMe, match, badge, actions }: Props) {
  const [passed, setPassed] = useState(false);
  // 관심 없음 waits UNDO_MS before it is sent, so it can be taken back; leaving the page sends it
  const [undoable, setUndoable] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const nickname = profile.nickname;
  const send = useRef<() => void>(() => undefined);
  useEffect(() => {
    send.current = () =>
      startTransition(async () => {
        timer.current = null;
        setUndoable(false);
        const result = await actions.pass({ toUserId: profile.userId, batchWeek });
        if (!result.ok) return setError(result.message ?? null);
        setPassed(true);
      });
  });
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        send.current();
      }
    },
    [],
  );

  if (passed || undoable) {
    return (
      <div role="status" className="flex items-center justify-between gap-3 rounded-2xl border border-dashed border-stone-300 px-4 py-3 text-sm text-stone-700">
        <span>{nickname}님을 관심 없음으로 표시했어요. 다시 추천되지 않아요.</span>
        {undoable ? (
          <button
            type="button"
            className="min-h-11 shrink-0 rounded-xl px-3 font-semibold text-brand-700 underline"
            onClick={() => {
              if (timer.current) clearTimeout(timer.current);
              timer.current = null;
              setUndoable(false);
            }}
          >
            되돌리기
          </button>
        ) : null}
      </div>
    );
  }
  const onPass = () => {
    setError(null);
    setUndoable(true);
    timer.current = setTimeout(() => send.current(), UNDO_MS);
  };
  const label = badge ?? (likedMe && !liked && !match ? "나에게 좋아요를 보냈어요" : null);

  return (
    <div id={`member-${profile.userId}`} className="scroll-mt-20">
      <ProfileCard profile={profile} badge={label ? <Badge tone="brand">{label}</Badge> : null}>
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
