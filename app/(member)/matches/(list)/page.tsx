// /matches – the signed-in member's matches with their status.
import { requireMember } from "@/lib/auth/page-actor";
import { listMatches } from "@/lib/matching/list-matches";
import { PageTitle } from "@/components/ui/card";
import { MatchList } from "@/components/matching/match-list";

export const metadata = { title: "매칭" };

export default async function MatchesPage() {
  const actor = await requireMember();
  const { matches } = await listMatches({ actor });
  return (
    <>
      <PageTitle sub="매칭 이용료 결제가 확인되고 매칭이 확정되면 연락처를 확인할 수 있어요.">매칭</PageTitle>
      <MatchList matches={matches} />
    </>
  );
}
