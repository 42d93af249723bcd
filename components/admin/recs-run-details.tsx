// The latest weekly run's model (fitted or prior weights), its time-split validation (fitted on the
// earlier weeks, measured on the last: AUC against the prior with the bootstrap interval, by gender,
// and the calibration table of P(mutual) by decile — issue 24) and exposure spread (shown to nobody,
// Gini, percentiles, full lists, predicted mutual likes), read from the run's stats.
import type { RecommendationRunDto } from "@/lib/recommendations/schemas";
import type { ModelStats, Validation } from "@/lib/recommendations/fit-model";
import type { ExposureSummary } from "@/lib/recommendations/metrics";
import { FEATURES, FEATURE_LABELS } from "@/lib/recommendations/score";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type RunStats = { model?: ModelStats; exposure?: ExposureSummary; caps?: [number, number]; fairPicks?: number };
const pct = (x: number | undefined) => (x === undefined ? "–" : `${(x * 100).toFixed(1)}%`);
const num = (x: number | undefined, d = 3) => (x === undefined ? "–" : x.toFixed(d));
/** a signed figure; a value that rounds to zero is shown without a sign ("-0.0" never appears) */
const signed = (x: number, d = 4) => {
  const r = Number(x.toFixed(d));
  return r === 0 ? (0).toFixed(d) : `${r > 0 ? "+" : ""}${r.toFixed(d)}`;
};
const pct2 = (x: number) => `${(x * 100).toFixed(2)}%`;

const REASON_LABEL: Record<string, string> = {
  "thin history": "기록 부족",
  "no validation week": "검증 주(지난주) 노출 부족",
  "fit did not beat the prior beyond its bootstrap interval on the validation week": "검증 주에서 기본 가중치보다 신뢰구간 이상 낫지 않음",
  "fit did worse than the prior on held-out exposures": "검증에서 기본 가중치보다 낮음",
};
const GROUP_LABEL: Record<string, string> = { M: "남성 회원이 본 노출", F: "여성 회원이 본 노출" };

function ValidationCard({ v, source, cal }: { v: Validation; source: ModelStats["source"]; cal?: ModelStats["mutualCalibration"] }) {
  return (
    <Card className="md:col-span-2">
      <h2 className="mb-1 font-semibold text-stone-900">모델 검증 (시간 분할)</h2>
      <p className="mb-3 text-xs text-stone-500">
        12주 중 앞의 11주로 학습하고 지난주 노출로 검증합니다. 학습 가중치는 AUC 차이의 95% 부트스트랩 구간(회원 단위 {v.rounds}회 재표본)이 0보다 클 때만 사용합니다 —
        이번 실행: <strong className="text-stone-700">{source === "fitted" ? "학습 가중치 사용" : "기본 가중치 사용"}</strong>
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <table className="w-full text-left text-xs">
            <thead className="text-stone-500">
              <tr>
                <th className="py-1">지난주 노출</th>
                <th className="py-1 text-right">노출</th>
                <th className="py-1 text-right">좋아요</th>
                <th className="py-1 text-right">AUC 학습</th>
                <th className="py-1 text-right">AUC 기본</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 font-mono">
              <tr>
                <td className="py-1 font-sans">전체</td>
                <td className="py-1 text-right">{v.examples.toLocaleString("ko-KR")}</td>
                <td className="py-1 text-right">{v.likes.toLocaleString("ko-KR")}</td>
                <td className="py-1 text-right">{num(v.auc, 4)}</td>
                <td className="py-1 text-right">{num(v.priorAuc, 4)}</td>
              </tr>
              {v.groups.map((g) => (
                <tr key={g.group}>
                  <td className="py-1 font-sans">{GROUP_LABEL[g.group] ?? g.group}</td>
                  <td className="py-1 text-right">{g.examples.toLocaleString("ko-KR")}</td>
                  <td className="py-1 text-right">{g.likes.toLocaleString("ko-KR")}</td>
                  <td className="py-1 text-right">{num(g.auc, 4)}</td>
                  <td className="py-1 text-right">{num(g.priorAuc, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-500">AUC 차이 (학습 − 기본)</dt>
            <dd className="text-right font-mono">
              {signed(v.deltaAuc)} [{signed(v.deltaAucInterval[0])}, {signed(v.deltaAucInterval[1])}]
            </dd>
            <dt className="text-stone-500">log-loss 학습 / 기본</dt>
            <dd className="text-right font-mono">
              {num(v.logLoss, 4)} / {num(v.priorLogLoss, 4)}
            </dd>
            <dt className="text-stone-500">보정 최대 오차 (십분위)</dt>
            <dd className="text-right font-mono">{num(v.maxCalibrationError, 4)}</dd>
            <dt className="text-stone-500">상호 좋아요 2단계 보정 (a, b)</dt>
            <dd className="text-right font-mono">
              {!cal ? "–" : cal.identity ? `적용 안 함 (상호 ${cal.mutual}건)` : `${cal.a.toFixed(3)}, ${cal.b.toFixed(3)} (상호 ${cal.mutual}건)`}
            </dd>
          </dl>
        </div>
        <div>
          <table className="w-full text-left text-xs" aria-label="상호 좋아요 확률 보정표">
            <caption className="mb-1 text-left text-xs text-stone-500">
              상호 좋아요 보정표 (2단계 보정 전): 서로 노출된 지난주 쌍 {v.mutualPairs.toLocaleString("ko-KR")}개를 예측 확률 십분위로 나눔
            </caption>
            <thead className="text-stone-500">
              <tr>
                <th className="py-1">십분위</th>
                <th className="py-1 text-right">쌍</th>
                <th className="py-1 text-right">예측 상호 좋아요</th>
                <th className="py-1 text-right">실제 상호 좋아요</th>
                <th className="py-1 text-right">차이</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 font-mono">
              {v.calibration.length === 0 ? (
                <tr>
                  <td colSpan={5} className="py-2 text-center font-sans text-stone-500">
                    서로 노출된 쌍이 없습니다.
                  </td>
                </tr>
              ) : (
                v.calibration.map((c) => (
                  <tr key={c.decile}>
                    <td className="py-1">{c.decile}</td>
                    <td className="py-1 text-right">{c.pairs.toLocaleString("ko-KR")}</td>
                    <td className="py-1 text-right">{pct2(c.predicted)}</td>
                    <td className="py-1 text-right">{pct2(c.observed)}</td>
                    <td className="py-1 text-right">{signed((c.observed - c.predicted) * 100, 2)}%p</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}

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
              {model.reason ? ` · ${REASON_LABEL[model.reason] ?? model.reason}` : ""}
              {!model.validation && model.holdout ? ` · 검증 AUC ${num(model.holdout.auc)} (기본 ${num(model.holdout.priorAuc)}), log-loss ${num(model.holdout.logLoss)} (기본 ${num(model.holdout.priorLogLoss)})` : ""}
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
      {model?.validation ? <ValidationCard v={model.validation} source={model.source} cal={model.mutualCalibration} /> : null}
    </div>
  );
}
