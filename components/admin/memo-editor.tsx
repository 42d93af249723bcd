"use client";
// The admin memo editor (S3 JSON). The text lives in this component's state, so a conflict (another
// admin saved first) or a storage failure never loses what was typed; "최신 메모 보기" loads the
// current version next to it so the admin can merge by hand. The page passes in the save and load
// actions (derived from PUT and GET /api/admin/users/{id}/memo).
import { useState, useTransition } from "react";
import type { Memo } from "@/lib/admin/memo";
import type { CallAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";

type Props = {
  userId: string;
  initial: Memo | null;
  loadError?: string;
  save: CallAction<{ id: string; text: string; version: number }, Memo>;
  load: CallAction<{ id: string }, Memo>;
};

export function MemoEditor({ userId, initial, loadError, save: saveMemo, load: loadMemo }: Props) {
  const [text, setText] = useState(initial?.text ?? "");
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [latest, setLatest] = useState<Memo | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(loadError ? { ok: false, text: loadError } : null);
  const [pending, start] = useTransition();

  const save = () =>
    start(async () => {
      const r = await saveMemo({ id: userId, text, version });
      if (r.ok && r.result) {
        setVersion(r.result.version);
        setLatest(null);
      }
      setMessage({ ok: r.ok, text: r.message ?? (r.ok ? "저장했습니다." : "저장하지 못했습니다.") });
    });
  const loadLatest = () =>
    start(async () => {
      const r = await loadMemo({ id: userId });
      if (r.ok && r.result) setLatest(r.result);
      else setMessage({ ok: false, text: r.message ?? "메모를 불러오지 못했습니다." });
    });

  return (
    <div className="space-y-2">
      <label htmlFor="memo" className="sr-only">
        관리자 메모
      </label>
      <Textarea id="memo" rows={6} value={text} onChange={(e) => setText(e.target.value)} maxLength={20000} placeholder="상담 내용, 선호, 주의사항 등" />
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <Button type="button" onClick={save} disabled={pending} className="px-3 py-2">
          {pending ? "저장 중…" : "메모 저장"}
        </Button>
        <Button type="button" variant="secondary" onClick={loadLatest} disabled={pending} className="px-3 py-2">
          최신 메모 보기
        </Button>
        <span>
          버전 {version}
          {initial?.updatedAt ? ` · 마지막 수정 ${formatSeoulDateTime(initial.updatedAt)}` : ""}
        </span>
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`rounded-xl p-3 text-sm ${message.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>
          {message.text}
        </p>
      ) : null}
      {latest ? (
        <div className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm">
          <p className="mb-1 font-semibold text-amber-900">현재 저장된 메모 (버전 {latest.version})</p>
          <pre className="whitespace-pre-wrap font-sans text-stone-800">{latest.text || "(비어 있음)"}</pre>
          <Button type="button" variant="secondary" className="mt-2 px-3 py-2" onClick={() => setVersion(latest.version)}>
            이 버전 위에 내 내용으로 저장하도록 설정
          </Button>
        </div>
      ) : null}
    </div>
  );
}
