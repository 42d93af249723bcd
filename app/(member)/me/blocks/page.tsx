// /me/blocks – the members I blocked (they and I are never shown to each other), with unblock.
import { requireMember } from "@/lib/auth/page-actor";
import { listBlocks } from "@/lib/members/list-blocks";
import { Card, PageTitle } from "@/components/ui/card";
import { UnblockButton } from "@/components/members/block-report-menu";
import { formatSeoulDate } from "@/lib/core/seoul-time";

export const metadata = { title: "차단 목록" };

export default async function BlocksPage() {
  const actor = await requireMember();
  const { blocks } = await listBlocks({ actor });
  return (
    <>
      <PageTitle sub="차단한 회원과는 서로 추천되지 않고, 좋아요와 매칭도 이루어지지 않아요.">차단 목록</PageTitle>
      {blocks.length === 0 ? (
        <Card>
          <p className="text-sm text-stone-500">차단한 회원이 없어요. 불편한 회원이 있다면 추천 카드나 매칭 화면에서 언제든 차단할 수 있어요.</p>
        </Card>
      ) : (
        <ul className="space-y-2">
          {blocks.map((b) => (
            <li key={b.id}>
              <Card className="flex items-center justify-between py-3">
                <span className="text-sm">
                  <span className="font-medium">{b.nickname ?? "알 수 없는 회원"}</span>
                  <span className="ml-2 text-xs text-stone-500">{formatSeoulDate(b.createdAt)} 차단</span>
                </span>
                <UnblockButton blockId={b.id} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
