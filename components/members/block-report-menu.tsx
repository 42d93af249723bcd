"use client";
// Block / report controls next to a member (recommendation card, received like, match page):
// <BlockReportMenu userId nickname redirectTo? />. Reporting also blocks. Blocking hides the member
// at once (the page re-renders without them); where the page itself is about them (a match),
// `redirectTo` leaves it. Plus the unblock button of /me/blocks.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { blockMemberAction, reportMemberAction, unblockMemberAction } from "@/app/(member)/safety-actions";
import { REPORT_REASON_LABEL } from "@/lib/core/labels";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const REASONS = Object.entries(REPORT_REASON_LABEL);

export function BlockReportMenu({ userId, nickname, redirectTo }: { userId: string; nickname: string; redirectTo?: string }) {
  const [open, setOpen] = useState<"none" | "report">("none");
  const block = useFormAction(blockMemberAction);
  const report = useFormAction(reportMemberAction);
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
        <form onSubmit={block.onSubmit}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className="text-stone-600 underline" disabled={block.pending} aria-label={`${nickname}님 차단하기`}>
            차단하기
          </button>
        </form>
        <button type="button" className="text-stone-600 underline" onClick={() => setOpen(open === "report" ? "none" : "report")} aria-expanded={open === "report"} aria-label={`${nickname}님 신고하기`}>
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

export function UnblockButton({ blockId }: { blockId: string }) {
  const { state, onSubmit, pending } = useFormAction(unblockMemberAction);
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
