// The caller's matches as a list of links: the other member's nickname, a status badge and the date.
import Link from "next/link";
import type { MatchListItem } from "@/lib/matching/schemas";
import { Card } from "@/components/ui/card";
import { IllustratedAvatar } from "@/components/ui/illustrated-avatar";
import { LinkPending } from "@/components/ui/link-pending";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { MatchStatusBadge } from "./match-status-badge";

export function MatchList({ matches }: { matches: MatchListItem[] }) {
  if (matches.length === 0) {
    return (
      <Card>
        <p className="text-sm text-stone-600">아직 매칭이 없어요. 이번 주 추천에서 마음에 드는 분께 좋아요를 보내 보세요. 서로 좋아요를 보내면 매칭이 성사돼요.</p>
      </Card>
    );
  }
  return (
    <ul className="space-y-3">
      {matches.map((m) => {
        const name = m.otherProfile?.nickname ?? "알 수 없는 회원";
        const photo = m.otherProfile?.photoUrls[0];
        return (
          <li key={m.id}>
            <Link href={`/matches/${m.id}`} className="relative flex items-center gap-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:bg-stone-50">
              <LinkPending className="absolute inset-x-4 top-0 h-0.5" />
              {photo ? (
                // eslint-disable-next-line @next/next/no-img-element -- pre-signed storage URLs, not optimizable
                <img src={photo} alt="" className="h-12 w-12 rounded-full object-cover" />
              ) : (
                <IllustratedAvatar seed={m.otherProfile?.userId ?? m.id} gender={m.otherProfile?.gender} className="h-12 w-12 shrink-0 rounded-full" />
              )}
              <span className="min-w-0 flex-1">
                <span className="block font-semibold text-stone-900">{name}</span>
                <span className="block text-xs text-stone-500">{formatSeoulDate(m.createdAt)} 매칭</span>
              </span>
              <MatchStatusBadge status={m.status} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
