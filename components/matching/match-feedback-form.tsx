"use client";
// "만남은 어떠셨나요?": did you meet, how was it (1–5), a comment. Private to the admins.
import type { FormAction } from "@/lib/core/form";
import type { FeedbackDto } from "@/lib/matching/feedback-schemas";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const RATINGS: [number, string][] = [
  [5, "아주 좋았어요"],
  [4, "좋았어요"],
  [3, "보통이에요"],
  [2, "아쉬웠어요"],
  [1, "별로였어요"],
];

/** `submit`: the page's action (POST /api/matches/{id}/feedback) */
export function MatchFeedbackForm({ matchId, feedback, submit }: { matchId: string; feedback: FeedbackDto | null; submit: FormAction }) {
  const { state, onSubmit, pending, fieldError } = useFormAction(submit);
  const radio = "h-4 w-4 accent-brand-600";
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="feedback-heading">
      <FormMessage state={state} />
      <input type="hidden" name="matchId" value={matchId} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-stone-900">상대방을 만나셨나요?</legend>
        <div className="flex gap-4 text-sm text-stone-800">
          <label className="flex items-center gap-2">
            <input type="radio" name="met" value="yes" required defaultChecked={feedback?.met === true} className={radio} />
            만났어요
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="met" value="no" defaultChecked={feedback?.met === false} className={radio} />
            아직 못 만났어요
          </label>
        </div>
        {fieldError("met") ? <p className="text-xs text-red-700">{fieldError("met")}</p> : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-stone-900">만남은 어떠셨나요? (선택)</legend>
        <div className="grid gap-1 text-sm text-stone-800">
          {RATINGS.map(([n, label]) => (
            <label key={n} className="flex items-center gap-2">
              <input type="radio" name="rating" value={n} defaultChecked={feedback?.rating === n} className={radio} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="하고 싶은 말 (선택)" htmlFor={`comment-${matchId}`} error={fieldError("comment")} hint="1000자 이하 · 상대방에게 공개되지 않아요">
        <Textarea id={`comment-${matchId}`} name="comment" rows={3} maxLength={1000} defaultValue={feedback?.comment ?? ""} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {feedback ? "후기 수정하기" : "후기 보내기"}
      </Button>
    </form>
  );
}
