// The latest weekly run's model (fitted or prior weights, held-out metrics) and exposure spread
// (shown to nobody, Gini, percentiles, full lists, predicted mutual likes), read from the run's stats.
import type { RecommendationRunDto } from "@/lib/recommendations/schemas";
import type { ModelStats } from "@/lib/recommendations/fit-model";
import type { ExposureSummary } from "@/lib/recommendations/metrics";
import { FEATURES, FEATURE_LABELS } from "@/lib/recommendations/score";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type RunStats = { model?: ModelStats; exposure?: ExposureSummary; caps?: [number, number]; fairPicks?: number };
const pct = (x: number | undefined) => (x === undefined ? "–" : `${(x * 100).toFixed(1)}%`);
const num = (x: number | undefined, d = 3) => (x === undefined ? "–" : x.toFixed(d));

export function RecsRunDetails({ run }: { run: RecommendationRunDto }) {
  const { model, exposure, caps, fairPicks } = (run.stats ?? {}) as RunStats;
  return (
    <div className="mb-4 grid gap-4 md:grid-cols-2">
      <Card>
        <h2 className="mb-2 flex items-center gap-2 font-semibold text-stone-900">
          점수 모델 <span className="font-mono text-xs text-stone-500">{run.week}</span>
          {model ? <Badge tone={model.source === "fitted" ? "green" : "amber"}>{model.source === "fitted" ? "학습됨" : "기본 가중치"}</Badge> : null}
        </h2>
        {!model ? (
          <p className="text-sm text-stone-500">이 실행에는 모델 정보가 없습니다.</p>
        ) : (
          <>
            <p className="mb-2 text-xs text-stone-500">
              학습 예시 {model.examples.toLocaleString("ko-KR")} / 노출 {model.exposures.toLocaleString("ko-KR")}, 좋아요 {model.likes.toLocaleString("ko-KR")}
              {model.reason ? ` · ${model.reason === "thin history" ? "기록 부족" : "검증에서 기본 가중치보다 낮음"}` : ""}
              {model.holdout ? ` · 검증 AUC ${num(model.holdout.auc)} (기본 ${num(model.holdout.priorAuc)}), log-loss ${num(model.holdout.logLoss)} (기본 ${num(model.holdout.priorLogLoss)})` : ""}
            </p>
            <table className="w-full text-left text-xs">
              <thead className="text-stone-500">
                <tr>
                  <th className="py-1">항목</th>
                  <th className="py-1 text-right">가중치</th>
                  <th className="py-1 text-right">기본값</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {FEATURES.map((f) => (
                  <tr key={f}>
                    <td className="py-1">{FEATURE_LABELS[f]}</td>
                    <td className="py-1 text-right font-mono">{num(model.weights[f])}</td>
                    <td className="py-1 text-right font-mono text-stone-400">{num(model.prior[f])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-stone-900">노출 분포</h2>
        {!exposure ? (
          <p className="text-sm text-stone-500">주간 생성이 끝나면 표시됩니다.</p>
        ) : (
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-500">아무에게도 노출되지 않음</dt>
            <dd className="text-right font-mono">{pct(exposure.shownToNobody)}</dd>
            <dt className="text-stone-500">목록을 다 받은 회원</dt>
            <dd className="text-right font-mono">{pct(exposure.fullListShare)}</dd>
            <dt className="text-stone-500">노출 지니계수</dt>
            <dd className="text-right font-mono">{num(exposure.gini)}</dd>
            <dt className="text-stone-500">노출 수 p10 / p50 / p90 / p99 / 최대</dt>
            <dd className="text-right font-mono">
              {exposure.p10} / {exposure.p50} / {exposure.p90} / {exposure.p99} / {exposure.max}
            </dd>
            <dt className="text-stone-500">예상 상호 좋아요</dt>
            <dd className="text-right font-mono">{exposure.expectedMutualLikes.toLocaleString("ko-KR")}</dd>
            <dt className="text-stone-500">주간 상한(남/여), 공정 노출 추천 수</dt>
            <dd className="text-right font-mono">
              {caps ? caps.join(" / ") : "–"}, {fairPicks?.toLocaleString("ko-KR") ?? "–"}
            </dd>
          </dl>
        )}
      </Card>
    </div>
  );
}
