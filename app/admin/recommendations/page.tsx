// /admin/recommendations – weekly build runs (status, coverage, counts), the latest run's score model
// and exposure spread, and a manual trigger.
import { requireAdmin } from "@/lib/auth/page-actor";
import { listRecommendationRuns } from "@/lib/recommendations/list-runs";
import { currentWeek } from "@/lib/core/week";
import { RunRecsForm } from "@/components/admin/run-recs-form";
import { RecsRunDetails } from "@/components/admin/recs-run-details";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "주간 추천" };

const STATUS = {
  RUNNING: { label: "진행중", tone: "amber" },
  COMPLETED: { label: "완료", tone: "green" },
  LOW_COVERAGE: { label: "커버리지 낮음", tone: "red" },
  FAILED: { label: "실패", tone: "red" },
} as const;

export default async function AdminRecommendationsPage() {
  const actor = await requireAdmin();
  const runs = await listRecommendationRuns({ actor });
  return (
    <>
      <PageTitle sub="매주 월요일 10:00(KST) Vercel Cron이 실행합니다. 같은 주를 다시 실행해도 결과는 바뀌지 않습니다.">주간 추천</PageTitle>
      <Card className="mb-4">
        <RunRecsForm defaultWeek={currentWeek()} />
      </Card>
      {runs[0] ? <RecsRunDetails run={runs[0]} /> : null}
      <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="목록 (좌우로 스크롤할 수 있어요)">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-50 text-xs text-stone-500">
            <tr>
              <th className="px-4 py-2">주차</th>
              <th className="px-4 py-2">상태</th>
              <th className="px-4 py-2">대상/처리</th>
              <th className="px-4 py-2">추천 수</th>
              <th className="px-4 py-2">커버리지</th>
              <th className="px-4 py-2">소요</th>
              <th className="px-4 py-2">실행</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {runs.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-4 py-6 text-center text-stone-500">
                  아직 실행 기록이 없습니다.
                </td>
              </tr>
            ) : (
              runs.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2 font-mono">{r.week}</td>
                  <td className="px-4 py-2">
                    <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                  </td>
                  <td className="px-4 py-2">
                    {r.processedCount.toLocaleString("ko-KR")} / {r.eligibleCount.toLocaleString("ko-KR")}
                  </td>
                  <td className="px-4 py-2">{r.recommendationsCount.toLocaleString("ko-KR")}</td>
                  <td className="px-4 py-2">{r.coverage === null ? "–" : `${(r.coverage * 100).toFixed(1)}%`}</td>
                  <td className="px-4 py-2">{r.durationMs === null ? "–" : `${(r.durationMs / 1000).toFixed(1)}초`}</td>
                  <td className="px-4 py-2 text-xs text-stone-500">{r.triggeredBy ?? "–"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
