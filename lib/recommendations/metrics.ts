// Pure measures shared by the weekly build's run stats and the benchmark: ranking quality (AUC,
// log-loss) and how evenly a week's appearances are spread (Gini, percentiles, shown to nobody).

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties ½). */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => scores[x] - scores[y]);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const midRank = (i + j) / 2 + 1; // ranks are 1-based, ties share their mean rank
    for (let k = i; k <= j; k++) {
      if (labels[order[k]]) {
        pos++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return 0.5;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Mean negative log-likelihood of the labels under the probabilities. */
export function logLoss(probs: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, probs[i]));
    sum -= labels[i] ? Math.log(p) : Math.log(1 - p);
  }
  return probs.length ? sum / probs.length : 0;
}

/** Gini coefficient of non-negative values (0 = all equal, → 1 = one holds everything). */
export function gini(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i];
    weighted += (i + 1) * sorted[i];
  }
  return n === 0 || total === 0 ? 0 : (2 * weighted) / (n * total) - (n + 1) / n;
}

/** The q-quantile (0…1) by the nearest-rank method. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export type ExposureSummary = {
  /** eligible members */
  members: number;
  /** share of members who received their full weekly quota */
  fullListShare: number;
  /** share of members shown to nobody this week */
  shownToNobody: number;
  /** the same among members who received at least one recommendation (so are compatible with someone) */
  shownToNobodyCompatible: number;
  gini: number;
  mean: number;
  max: number;
  p10: number;
  p25: number;
  p50: number;
  p90: number;
  p99: number;
  /** summed P(mutual like) of the week's recommendations: the predicted mutual likes */
  expectedMutualLikes: number;
};

/**
 * appearances[i] = how many lists member i is on this week; received[i] = length of i's own list;
 * quota[i] = i's weekly quota; scoreSum = summed pair scores of the week's recommendations.
 */
export function summarizeExposure(appearances: ArrayLike<number>, received: ArrayLike<number>, quota: ArrayLike<number>, scoreSum: number): ExposureSummary {
  const n = appearances.length;
  let nobody = 0;
  let compatible = 0;
  let nobodyCompatible = 0;
  let full = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += appearances[i];
    if (appearances[i] === 0) nobody++;
    if (received[i] >= quota[i]) full++;
    if (received[i] > 0) {
      compatible++;
      if (appearances[i] === 0) nobodyCompatible++;
    }
  }
  const sorted = Float64Array.from(appearances).sort();
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    members: n,
    fullListShare: r4(n ? full / n : 0),
    shownToNobody: r4(n ? nobody / n : 0),
    shownToNobodyCompatible: r4(compatible ? nobodyCompatible / compatible : 0),
    gini: r4(gini(sorted)),
    mean: r4(n ? total / n : 0),
    max: n ? sorted[n - 1] : 0,
    p10: quantile(sorted, 0.1),
    p25: quantile(sorted, 0.25),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    expectedMutualLikes: Math.round(scoreSum * 100) / 100,
  };
}
