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
      <PageTitle sub="결제가 확인되면 연락처가 공개돼요.">매칭</PageTitle>
      <MatchList matches={matches} />
    </>
  );
}
