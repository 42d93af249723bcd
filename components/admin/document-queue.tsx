"use client";
// The document queue's keyboard-first review (docs/documents.md): 1–6 approve with that fact (the
// list of the document's kind), q w e r t y reject with that reason, v opens the document again,
// j/k next/previous. The current document is opened through the audited view action (a 60-second
// URL): an image is shown inline, a PDF opens in a new tab (the console's CSP frames nothing).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import type { DocumentQueueItem } from "@/lib/admin/document-queue";
import {
  DOCUMENT_KIND_LABEL,
  DOCUMENT_REJECT_KEYS,
  DOCUMENT_REJECT_REASON_KEYS,
  DOCUMENT_REJECT_REASONS,
  DOCUMENT_STATUS_LABEL,
  factLabel,
  factsOf,
  type DocumentFact,
  type DocumentRejectReason,
} from "@/lib/core/document-review";
import { GENDER_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { Card } from "@/components/ui/card";
import type { CallAction } from "@/lib/core/form";

type Decision = { decision: "APPROVE"; fact: DocumentFact } | { decision: "REJECT"; reason: DocumentRejectReason };
type Outcome = { ok: boolean; text: string };
type Opened = { id: string; url: string; contentType: string } | { id: string; error: string };

function toOpened(id: string, state: { ok: boolean; message?: string; result?: { url: string; contentType: string } }): Opened {
  return state.ok && state.result ? { id, url: state.result.url, contentType: state.result.contentType } : { id, error: state.message ?? "서류를 열지 못했습니다." };
}

const kb = (k: string) => <kbd className="rounded border border-stone-300 px-1 font-mono text-[11px]">{k}</kbd>;

/** `review`, `view`: the page's actions (POST /api/admin/documents/{id}/review, …/view) */
export function DocumentQueue({
  items,
  review,
  view,
}: {
  items: DocumentQueueItem[];
  review: CallAction<{ id: string } & Decision>;
  view: CallAction<{ id: string }, { url: string; contentType: string; expiresAt: string }>;
}) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [opened, setOpened] = useState<Opened | null>(null);
  const [pending, startTransition] = useTransition();
  const current = items[Math.min(index, items.length - 1)];

  const open = useCallback((id: string) => view({ id }).then((state) => toOpened(id, state)), [view]);

  // opening the current document is a view: audited by the server, every time
  useEffect(() => {
    if (!current) return;
    let live = true;
    void open(current.id).then((o) => live && setOpened(o));
    return () => {
      live = false;
    };
  }, [current, open]);

  const decide = useCallback(
    (item: DocumentQueueItem, d: Decision) => {
      if (outcomes[item.id]?.ok) return;
      setIndex((i) => Math.min(i + 1, items.length - 1));
      startTransition(async () => {
        const state = await review({ id: item.id, ...d });
        const text = state.ok ? (d.decision === "APPROVE" ? `승인했습니다 · ${factLabel(d.fact)}` : `반려했습니다 · ${DOCUMENT_REJECT_REASONS[d.reason]}`) : (state.message ?? "처리하지 못했습니다.");
        setOutcomes((o) => ({ ...o, [item.id]: { ok: state.ok, text } }));
      });
    },
    [items.length, outcomes, review],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!current || e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest("input, textarea, select")) return;
      const facts = factsOf(current.kind);
      const rejectAt = (DOCUMENT_REJECT_KEYS as readonly string[]).indexOf(e.key);
      if (e.key === "j") setIndex((i) => Math.min(i + 1, items.length - 1));
      else if (e.key === "k") setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === "v") void open(current.id).then(setOpened);
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= facts.length) decide(current, { decision: "APPROVE", fact: facts[Number(e.key) - 1] });
      else if (rejectAt >= 0) decide(current, { decision: "REJECT", reason: DOCUMENT_REJECT_REASON_KEYS[rejectAt] });
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, decide, items.length, open]);

  if (!current) return <Card><p className="text-sm text-stone-500">검토할 서류가 없습니다.</p></Card>;
  const done = Object.keys(outcomes).length;
  const outcome = outcomes[current.id];
  const doc = opened?.id === current.id ? opened : null;
  return (
    <div className="space-y-4">
      <Card>
        <p className="text-sm text-stone-700" id="document-queue-keys">
          단축키: {kb("1")}–{kb(String(factsOf(current.kind).length))} 증명 내용으로 승인 · {kb("q")}–{kb("y")} 사유로 반려 · {kb("v")} 서류 다시 열기 · {kb("j")}/{kb("k")} 다음/이전
        </p>
        <p className="mt-1 text-xs text-stone-500">
          {index + 1} / {items.length} · 이 화면에서 {done}건 처리 {pending ? "· 저장 중…" : ""}
          {done === items.length ? (
            <button type="button" className="ml-2 underline" onClick={() => { setIndex(0); setOutcomes({}); router.refresh(); }}>
              다음 서류 불러오기
            </button>
          ) : null}
        </p>
      </Card>
      <section aria-label="검토 중인 서류" aria-describedby="document-queue-keys" className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <figure className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
          <div className="flex min-h-[24rem] items-center justify-center bg-stone-100">
            {!doc ? (
              <p className="text-sm text-stone-500">서류를 여는 중…</p>
            ) : "error" in doc ? (
              <p role="alert" className="text-sm text-red-700">{doc.error}</p>
            ) : doc.contentType.startsWith("image/") ? (
              // eslint-disable-next-line @next/next/no-img-element -- a 60-second pre-signed storage URL
              <img src={doc.url} alt={`${DOCUMENT_KIND_LABEL[current.kind]} 서류`} className="max-h-[70vh] w-full object-contain" />
            ) : (
              <a href={doc.url} target="_blank" rel="noopener noreferrer" className="rounded-lg bg-stone-800 px-4 py-2 text-sm font-semibold text-white">
                PDF 새 창에서 열기 (60초 안에)
              </a>
            )}
          </div>
          <figcaption className="space-y-1 p-3 text-sm">
            <p className="font-semibold">
              <span className="mr-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs text-sky-800">{DOCUMENT_KIND_LABEL[current.kind]}</span>
              {current.member.nickname ?? "(닉네임 없음)"} · {current.member.gender ? GENDER_LABEL[current.member.gender] : "성별 미입력"}
              {current.kind === "EMPLOYMENT" ? <span className="font-normal text-stone-600"> · 프로필 직업: {current.member.job ?? "미입력"}</span> : null}
            </p>
            <p className="text-xs text-stone-500">
              올린 시각 {formatSeoulDateTime(current.uploadedAt)} · {current.contentType === "application/pdf" ? "PDF" : "이미지"} {(current.size / 1024).toFixed(0)}KB
            </p>
            {outcome ? <p role="status" className={outcome.ok ? "text-emerald-700" : "text-red-700"}>{outcome.text}</p> : null}
          </figcaption>
        </figure>
        <div className="space-y-4">
          <div>
            <h2 className="mb-2 text-sm font-semibold">승인 — 증명하는 내용</h2>
            <div className="flex flex-col gap-2">
              {factsOf(current.kind).map((f, i) => (
                <button key={f} type="button" className="rounded-lg bg-emerald-600 px-3 py-2 text-left text-sm font-semibold text-white" onClick={() => decide(current, { decision: "APPROVE", fact: f })}>
                  {factLabel(f)} ({i + 1})
                </button>
              ))}
            </div>
          </div>
          <div>
            <h2 className="mb-2 text-sm font-semibold">반려 — 사유</h2>
            <div className="flex flex-col gap-2">
              {DOCUMENT_REJECT_REASON_KEYS.map((r, i) => (
                <button key={r} type="button" className="rounded-lg border border-red-300 px-3 py-2 text-left text-sm text-red-700" onClick={() => decide(current, { decision: "REJECT", reason: r })}>
                  {DOCUMENT_REJECT_REASONS[r]} ({DOCUMENT_REJECT_KEYS[i]})
                </button>
              ))}
            </div>
          </div>
          <div>
            <h2 className="mb-2 text-sm font-semibold">이 회원의 다른 서류 ({current.others.length}건)</h2>
            {current.others.length === 0 ? <p className="text-sm text-stone-500">다른 서류가 없습니다.</p> : null}
            <ul className="space-y-1 text-xs">
              {current.others.map((o) => (
                <li key={o.id} className="rounded-lg border border-stone-200 bg-white px-2 py-1.5">
                  {DOCUMENT_KIND_LABEL[o.kind]} · {DOCUMENT_STATUS_LABEL[o.status]}
                  {o.fact ? ` · ${factLabel(o.fact)}` : ""}
                  {o.rejectReason ? ` · ${DOCUMENT_REJECT_REASONS[o.rejectReason]}` : ""}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
