// Match status as a badge: PENDING 결제 대기 · ACTIVE 매칭 확정 · CLOSED 종료 (lib/core/labels.ts).
import { MATCH_STATUS_LABEL } from "@/lib/core/labels";
import type { MatchDto } from "@/lib/matching/schemas";
import { Badge } from "@/components/ui/badge";

const TONE = { PENDING: "amber", ACTIVE: "green", CLOSED: "neutral" } as const;

export function MatchStatusBadge({ status }: { status: MatchDto["status"] }) {
  return <Badge tone={TONE[status]}>{MATCH_STATUS_LABEL[status]}</Badge>;
}
