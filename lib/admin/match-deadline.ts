// The deadline column of the admin match list: only a PENDING match has a payment deadline; an
// ACTIVE match is paid (its expiresAt is history), a CLOSED one says why it ended.
import { formatSeoulDate } from "@/lib/core/seoul-time";

export function matchDeadlineText(m: { status: "PENDING" | "ACTIVE" | "CLOSED"; expiresAt: string | null; closedAt: string | null; closedReason: string | null }): string {
  if (m.status === "CLOSED" || m.closedAt) return `종료 ${m.closedReason ?? ""}`.trim();
  if (m.status === "PENDING" && m.expiresAt) return `결제 기한 ~${formatSeoulDate(m.expiresAt)}`;
  if (m.status === "ACTIVE") return "결제 완료";
  return "–";
}
