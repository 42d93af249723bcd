"use client";
// The like button of a recommendation card / received like: calls the server action, then shows
// "좋아요를 보냈어요" (with 취소 while it is not a match yet) or, on a mutual like, "매칭이 성사되었어요!"
// with a link to the match.
import Link from "next/link";
import { useState, useTransition } from "react";
import { likeMemberAction, unlikeMemberAction } from "@/app/(member)/recommendations/actions";
import type { MatchRef } from "@/lib/matching/schemas";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";

type Props = { toUserId: string; batchWeek: string; nickname: string; liked: boolean; match: MatchRef | null; label?: string };

export function LikeButton({ toUserId, batchWeek, nickname, liked: initialLiked, match: initialMatch, label = "좋아요 보내기" }: Props) {
  const [liked, setLiked] = useState(initialLiked);
  const [match, setMatch] = useState(initialMatch);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (match && match.status !== "CLOSED") {
    return (
      <div role="status" className="flex items-center justify-between gap-3 rounded-xl bg-brand-50 px-4 py-3 text-sm">
        <span className="font-semibold text-brand-700">매칭이 성사되었어요!</span>
        <Link href={`/matches/${match.id}`} className="font-semibold text-brand-700 underline">
          매칭 보기
        </Link>
      </div>
    );
  }
  if (match) {
    return (
      <p role="status" className="rounded-xl bg-stone-100 px-4 py-3 text-center text-sm font-medium text-stone-700">
        종료된 매칭이에요
      </p>
    );
  }

  const onLike = () =>
    startTransition(async () => {
      setError(null);
      const result = await likeMemberAction({ toUserId, batchWeek });
      if (!result.ok) return setError(result.message ?? null);
      setLiked(true);
      setMatch(result.result?.match ?? null);
    });
  const onUndo = () =>
    startTransition(async () => {
      setError(null);
      const result = await unlikeMemberAction({ toUserId });
      if (!result.ok) return setError(result.message ?? null);
      setLiked(false);
    });

  if (liked) {
    return (
      <div className="space-y-2">
        <div role="status" className="flex items-center justify-between gap-3 rounded-xl bg-stone-100 px-4 py-3 text-sm">
          <span className="font-medium text-stone-700">좋아요를 보냈어요</span>
          <button type="button" onClick={onUndo} disabled={pending} className="font-medium text-stone-700 underline" aria-label={`${nickname}님에게 보낸 좋아요 취소`}>
            {pending ? "취소하는 중…" : "좋아요 취소하기"}
          </button>
        </div>
        <FieldMessage error={error} />
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <Button type="button" className="w-full" aria-label={`${nickname}님에게 ${label}`} disabled={pending} onClick={onLike}>
        {pending ? "보내는 중…" : label}
      </Button>
      <FieldMessage error={error} />
    </div>
  );
}
