// Notes above the weekly list about the member's own conditions: a banner (not a wall) asking to
// complete the new marriage-profile fields, and, when "꼭" choices leave few candidates, which one
// narrows most. Presentational; the data is GET /api/recommendations/conditions.
import Link from "next/link";
import type { MatchConditions } from "@/lib/member-recommendations/get-match-conditions";

/** `strictNote: false` when the empty list already says nobody fits and what to widen */
export function ConditionsNotes({ conditions, strictNote = true }: { conditions: MatchConditions; strictNote?: boolean }) {
  const { missingProfileFields: missing, strict } = conditions;
  return (
    <>
      {missing.length > 0 ? (
        <aside aria-label="결혼 정보 입력 안내" className="mb-4 rounded-2xl border border-brand-100 bg-brand-50 p-4 text-sm text-stone-800">
          <p className="font-semibold text-brand-700">결혼 정보를 채워 주세요</p>
          <p className="mt-1">
            {missing.slice(0, 3).join(", ")}
            {missing.length > 3 ? ` 외 ${missing.length - 3}개` : ""} 항목이 비어 있어요. 채우면 나와 잘 맞는 분을 더 정확하게 추천해 드려요.
          </p>
          <Link href="/profile" className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2">
            프로필에서 채우기
          </Link>
        </aside>
      ) : null}
      {strictNote && strict?.few ? (
        <aside aria-label="꼭 조건 안내" className="mb-4 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-stone-800">
          <p className="font-semibold text-amber-800">&lsquo;꼭&rsquo; 조건에 맞는 분이 적어요</p>
          <p className="mt-1">
            지금 조건으로 추천할 수 있는 분이 {strict.admitted}명이에요.
            {strict.narrowest ? ` 가장 많이 좁히는 조건은 '${strict.narrowest.label}'이에요. '되도록'으로 바꾸면 더 많은 분을 만날 수 있어요.` : ""}
          </p>
          <Link href="/preferences" className="mt-2 inline-block font-medium text-amber-800 underline underline-offset-2">
            이상형 조건 바꾸기
          </Link>
        </aside>
      ) : null}
    </>
  );
}
