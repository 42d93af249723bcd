// The 본인인증 badge of a member's card and profile (docs/identity.md): 본인인증 완료, or 본인인증 안 함
// where verification was switched off when they joined (their details were typed, not verified).
import { identityBadgeLabel } from "@/lib/core/labels";

export function IdentityBadge({ verified }: { verified: boolean }) {
  return (
    <p className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium ${verified ? "bg-emerald-50 text-emerald-700" : "bg-stone-100 text-stone-500"}`}>
      <span aria-hidden="true">{verified ? "✓" : "–"}</span>
      {identityBadgeLabel(verified)}
    </p>
  );
}
