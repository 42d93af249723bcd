// Verified document badges (docs/documents.md) as pills: "학력 인증 · 4년제 대학 졸업". Used on profile
// cards (only the badges the owner lets others see arrive here) and on the member's own pages.
import { DOCUMENT_KIND_LABEL, type Badge } from "@/lib/core/document-review";

export function VerifiedBadges({ badges, size = "sm" }: { badges: readonly Badge[]; size?: "sm" | "md" }) {
  if (badges.length === 0) return null;
  return (
    <ul aria-label="인증 배지" className="flex flex-wrap gap-1.5">
      {badges.map((b) => (
        <li
          key={b.kind}
          data-badge={b.kind}
          className={`inline-flex items-center gap-1 rounded-full border border-sky-200 bg-sky-50 font-medium text-sky-800 ${size === "md" ? "px-3 py-1 text-sm" : "px-2.5 py-0.5 text-xs"}`}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
            <path d="M8 0.8 9.9 2.3l2.4-.2.7 2.3 2 1.4-.8 2.2.8 2.2-2 1.4-.7 2.3-2.4-.2L8 15.2l-1.9-1.5-2.4.2-.7-2.3-2-1.4.8-2.2-.8-2.2 2-1.4.7-2.3 2.4.2L8 .8Zm-1 9.6L4.9 8.3l-1 1L7 12.4l5.2-5.2-1-1L7 10.4Z" />
          </svg>
          <span>
            {DOCUMENT_KIND_LABEL[b.kind]} 인증 · {b.label}
          </span>
        </li>
      ))}
    </ul>
  );
}
