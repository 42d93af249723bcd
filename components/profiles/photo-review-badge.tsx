// A photo's review state as its owner reads it: 검토 중 / 승인됨 / 반려됨 with the operator's reason.
import { PHOTO_REJECT_REASONS, PHOTO_STATUS_LABEL } from "@/lib/core/photo-review";
import type { PhotoDto } from "@/lib/profiles/photo-schemas";

const TONE = {
  PENDING: "bg-amber-50 text-amber-800",
  APPROVED: "bg-emerald-50 text-emerald-800",
  REJECTED: "bg-red-50 text-red-700",
} as const;

const HINT = {
  PENDING: "확인 후 다른 회원에게 보여요",
  APPROVED: "다른 회원에게 보여요",
  REJECTED: "다른 회원에게 보이지 않아요",
} as const;

export function PhotoReviewBadge({ status, rejectReason }: Pick<PhotoDto, "status" | "rejectReason">) {
  return (
    <p className={`px-2.5 py-1.5 text-xs ${TONE[status]}`} data-photo-status={status}>
      <span className="font-semibold">{PHOTO_STATUS_LABEL[status]}</span>
      {status === "REJECTED" && rejectReason ? <span> · {PHOTO_REJECT_REASONS[rejectReason]}</span> : null}
      <span className="block text-[11px] opacity-80">{HINT[status]}</span>
    </p>
  );
}
