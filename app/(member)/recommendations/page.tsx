// /recommendations – this week's recommended members with like buttons, and the 받은 좋아요 list.
import { requireMember } from "@/lib/auth/page-actor";
import { listMemberRecommendations } from "@/lib/recommendations/list-member-recommendations";
import { PageTitle } from "@/components/ui/card";
import { RecommendationList } from "@/components/recommendations/recommendation-list";

export const metadata = { title: "이번 주 추천" };

export default async function RecommendationsPage() {
  const actor = await requireMember();
  const data = await listMemberRecommendations({ actor });
  return (
    <>
      <PageTitle sub="서로 좋아요를 누르면 매칭이 성사돼요.">이번 주 추천</PageTitle>
      <RecommendationList data={data} />
    </>
  );
}
