"use client";
// Block / report controls next to a member (recommendation card, received like, match page):
// <BlockReportMenu userId nickname actions redirectTo? />. Reporting also blocks. Blocking hides the member
// at once (the page re-renders without them); where the page itself is about them (a match),
// `redirectTo` leaves it. Plus the unblock button of /me/blocks.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { REPORT_REASON_LABEL } from "@/lib/core/labels";
import type { FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const REASONS = Object.entries(REPORT_REASON_LABEL);
/** at least 44×44 px (WCAG 2.5.5), still a quiet text button */
const TARGET = "inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-stone-600 underline";

/** The page's block and report actions (POST /api/blocks, POST /api/reports), handed down from the page. */
export type SafetyActions = { block: FormAction; report: FormAction };

export function BlockReportMenu({ userId, nickname, actions, redirectTo }: { userId: string; nickname: string; actions: SafetyActions; redirectTo?: string }) {
  const [open, setOpen] = useState<"none" | "report">("none");
  const block = useFormAction(actions.block);
  const report = useFormAction(actions.report);
  const done = block.state.ok || report.state.ok;
  const router = useRouter();
  useEffect(() => {
    if (!done) return;
    if (redirectTo) return router.replace(redirectTo);
    // the confirmation stays readable for a moment, then the page re-renders without the member
    const timer = setTimeout(() => router.refresh(), 4000);
    return () => clearTimeout(timer);
  }, [done, redirectTo, router]);
  if (done) {
    return (
      <div className="space-y-2">
        <FormMessage state={block.state.ok ? block.state : report.state} />
        {redirectTo ? null : (
          <button type="button" className="text-xs text-stone-600 underline" onClick={() => router.refresh()}>
            확인
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <FormMessage state={block.state} />
      <div className="flex gap-2 text-xs">
        <form
          onSubmit={(e) => {
            // blocking hides the member from both sides at once: ask first
            if (!window.confirm(`${nickname}님을 차단할까요? 서로의 추천과 매칭에서 보이지 않게 돼요. 차단 목록에서 언제든 해제할 수 있어요.`)) {
              e.preventDefault();
              return;
            }
            block.onSubmit(e);
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className={TARGET} disabled={block.pending} aria-label={`${nickname}님 차단하기`}>
            차단하기
          </button>
        </form>
        <button type="button" className={TARGET} onClick={() => setOpen(open === "report" ? "none" : "report")} aria-expanded={open === "report"} aria-label={`${nickname}님 신고하기`}>
          신고하기
        </button>
      </div>
      {open === "report" ? (
        <form onSubmit={report.onSubmit} className="space-y-3 rounded-xl border border-stone-200 bg-stone-50 p-3" aria-label={`${nickname}님 신고`}>
          <FormMessage state={report.state} />
          <input type="hidden" name="userId" value={userId} />
          <Field label="신고 사유" htmlFor={`reason-${userId}`} error={report.fieldError("reason")}>
            <Select id={`reason-${userId}`} name="reason" defaultValue="" required>
              <option value="" disabled>
                선택해 주세요
              </option>
              {REASONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="상세 내용 (선택)" htmlFor={`detail-${userId}`} error={report.fieldError("detail")} hint="1000자 이하">
            <Textarea id={`detail-${userId}`} name="detail" rows={3} maxLength={1000} />
          </Field>
          <p className="text-xs text-stone-600">신고하면 이 회원은 자동으로 차단돼요. 운영팀이 내용을 확인한 뒤 조치할게요.</p>
          <Button type="submit" variant="danger" className="w-full" disabled={report.pending}>
            {report.pending ? "접수하는 중…" : "신고 접수하기"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

/** `unblock`: the page's action (DELETE /api/blocks/{id}) */
export function UnblockButton({ blockId, unblock }: { blockId: string; unblock: FormAction }) {
  const { state, onSubmit, pending } = useFormAction(unblock);
  if (state.ok) return <span className="text-xs text-stone-600">차단을 해제했어요</span>;
  return (
    <form onSubmit={onSubmit} className="text-right">
      <input type="hidden" name="blockId" value={blockId} />
      <Button type="submit" variant="secondary" className="px-3 py-1.5 text-xs" disabled={pending}>
        차단 해제하기
      </Button>
      {state.message ? <p role="alert" className="mt-1 text-xs text-red-600">{state.message}</p> : null}
    </form>
  );
}
