"use client";
// The photo queue's keyboard-first review (docs/photos.md): a = approve, 1–4 = reject with that
// reason, j/k = next/previous. The current photo is large with the member's other photos beside it;
// a decision moves on at once and the server's answer is shown on the item.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import type { PhotoQueueItem } from "@/lib/admin/photo-queue";
import { PHOTO_REJECT_REASON_KEYS, PHOTO_REJECT_REASONS, PHOTO_STATUS_LABEL, type PhotoRejectReason } from "@/lib/core/photo-review";
import { GENDER_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { Card } from "@/components/ui/card";
import type { CallAction } from "@/lib/core/form";

type Decision = { decision: "APPROVE" } | { decision: "REJECT"; reason: PhotoRejectReason };
type Outcome = { ok: boolean; text: string };

/** `review`: the page's action (POST /api/admin/photos/{id}/review) */
export function PhotoQueue({ items, review }: { items: PhotoQueueItem[]; review: CallAction<{ id: string } & Decision> }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [pending, startTransition] = useTransition();
  const current = items[Math.min(index, items.length - 1)];

  const decide = useCallback(
    (item: PhotoQueueItem, d: Decision) => {
      if (outcomes[item.id]?.ok) return;
      setIndex((i) => Math.min(i + 1, items.length - 1));
      startTransition(async () => {
        const state = await review({ id: item.id, ...d });
        const text = state.ok ? (d.decision === "APPROVE" ? "승인했습니다" : `반려했습니다 · ${PHOTO_REJECT_REASONS[d.reason]}`) : (state.message ?? "처리하지 못했습니다.");
        setOutcomes((o) => ({ ...o, [item.id]: { ok: state.ok, text } }));
      });
    },
    [items.length, outcomes, review],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!current || e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest("input, textarea, select")) return;
      if (e.key === "j") setIndex((i) => Math.min(i + 1, items.length - 1));
      else if (e.key === "k") setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === "a") decide(current, { decision: "APPROVE" });
      else if (/^[1-4]$/.test(e.key)) decide(current, { decision: "REJECT", reason: PHOTO_REJECT_REASON_KEYS[Number(e.key) - 1] });
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, decide, items.length]);

  if (!current) return <Card><p className="text-sm text-stone-500">검토할 사진이 없습니다.</p></Card>;
  const done = Object.keys(outcomes).length;
  const outcome = outcomes[current.id];
  return (
    <div className="space-y-4">
      <Card>
        <p className="text-sm text-stone-700" id="photo-queue-keys">
          단축키: <kbd className="rounded border px-1">a</kbd> 승인 ·{" "}
          {PHOTO_REJECT_REASON_KEYS.map((r, i) => (
            <span key={r}>
              <kbd className="rounded border px-1">{i + 1}</kbd> {PHOTO_REJECT_REASONS[r]} ·{" "}
            </span>
          ))}
          <kbd className="rounded border px-1">j</kbd>/<kbd className="rounded border px-1">k</kbd> 다음/이전
        </p>
        <p className="mt-1 text-xs text-stone-500">
          {index + 1} / {items.length} · 이 화면에서 {done}건 처리 {pending ? "· 저장 중…" : ""}
          {done === items.length ? (
            <button type="button" className="ml-2 underline" onClick={() => { setIndex(0); setOutcomes({}); router.refresh(); }}>
              다음 사진 불러오기
            </button>
          ) : null}
        </p>
      </Card>
      <section aria-label="검토 중인 사진" aria-describedby="photo-queue-keys" className="grid gap-4 md:grid-cols-[minmax(0,22rem)_1fr]">
        <figure className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
          {/* eslint-disable-next-line @next/next/no-img-element -- pre-signed storage URL */}
          <img src={current.url} alt="검토할 사진" className="aspect-[3/4] w-full bg-stone-100 object-contain" />
          <figcaption className="space-y-1 p-3 text-sm">
            <p className="font-semibold">
              {current.member.nickname ?? "(닉네임 없음)"} · {current.member.gender ? GENDER_LABEL[current.member.gender] : "성별 미입력"}
            </p>
            <p className="text-xs text-stone-500">올린 시각 {formatSeoulDateTime(current.uploadedAt)}</p>
            {outcome ? <p role="status" className={outcome.ok ? "text-emerald-700" : "text-red-700"}>{outcome.text}</p> : null}
          </figcaption>
          <div className="flex flex-wrap gap-2 border-t border-stone-100 p-3">
            <button type="button" className="rounded-lg bg-emerald-600 px-3 py-2 text-sm font-semibold text-white" onClick={() => decide(current, { decision: "APPROVE" })}>승인 (a)</button>
            {PHOTO_REJECT_REASON_KEYS.map((r, i) => (
              <button key={r} type="button" className="rounded-lg border border-red-300 px-3 py-2 text-sm text-red-700" onClick={() => decide(current, { decision: "REJECT", reason: r })}>
                {PHOTO_REJECT_REASONS[r]} ({i + 1})
              </button>
            ))}
          </div>
        </figure>
        <div>
          <h2 className="mb-2 text-sm font-semibold">이 회원의 다른 사진 ({current.others.length}장)</h2>
          {current.others.length === 0 ? <p className="text-sm text-stone-500">다른 사진이 없습니다.</p> : null}
          <ul className="grid grid-cols-3 gap-2">
            {current.others.map((o) => (
              <li key={o.id} className="overflow-hidden rounded-xl border border-stone-200 bg-white text-xs">
                {/* eslint-disable-next-line @next/next/no-img-element -- pre-signed storage URL */}
                <img src={o.url} alt="같은 회원의 다른 사진" className="aspect-square w-full object-cover" />
                <p className="p-1.5">{PHOTO_STATUS_LABEL[o.status]}{o.rejectReason ? ` · ${PHOTO_REJECT_REASONS[o.rejectReason]}` : ""}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
