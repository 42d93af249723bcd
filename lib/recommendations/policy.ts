// The rules of the weekly build as named constants (documented in docs/recommendations.md).

import { FREE_WEEKLY_RECOMMENDATIONS } from "@/lib/payments/products";

/** recommendations per member per week without a membership (tiers get more: quota.ts) */
export const RECS_PER_MEMBER = FREE_WEEKLY_RECOMMENDATIONS;
/**
 * At most this many members are shown one member in one week, so popular members are not flooded.
 * (A soft penalty on top — score × (1 − 0.3 · shown/cap) — was tried and dropped: the cap already
 * bounds the flood, and the penalty loosened the search's score bound so much that, at the same work
 * budget, the share of exact top-10 picks fell from 89 % to 67 % at 100,000 members.)
 */
export const WEEKLY_TARGET_CAP = 30;
/**
 * Fair exposure (docs/recommendations.md). The cap actually applied is adaptive per gender:
 * CAP_FACTOR × the average number of lists a member of that gender is on, within [CAP_MIN, 30].
 */
export const CAP_FACTOR = 2.5;
export const CAP_MIN = 10;
/** the fair pass: each member's first FAIR_SLOTS picks come from members shown fewer than FAIR_MIN_APPEARANCES times so far */
export const FAIR_SLOTS = 7;
export const FAIR_MIN_APPEARANCES = 7;
/** a pair shown to each other (either direction) is not shown again for this many weeks */
export const NO_REPEAT_WEEKS = 12;
/** relax level 3 still refuses pairs shown to each other within this many weeks */
export const RELAXED_NO_REPEAT_WEEKS = 4;
/** relax level 2 widens both sides' age ranges by this many years */
export const RELAX_AGE_YEARS = 3;
/** 0 = all filters, 1 = no region filter, 2 = + ages ±3, 3 = + exposures older than 4 weeks */
export const MAX_RELAX_LEVEL = 3;

/** a member counts as covered with at least this many recommendations … */
export const COVERAGE_MIN_RECS = 5;
/** … and a run whose share of covered members is below this is marked LOW_COVERAGE */
export const LOW_COVERAGE_THRESHOLD = 0.6;

/** members per chunk: one transaction writes a chunk's recommendations, exposures and cursor */
export const CHUNK_SIZE = 2000;
/** a claimed week is held this long without progress before another caller may take it over */
export const LEASE_MS = 2 * 60 * 1000;

/**
 * Work bounds of one member's candidate search. The search visits candidates in decreasing order of
 * an upper bound of their score and stops as soon as no unvisited candidate can beat the current
 * top 10 (then the result is exact). In large pools the bound is loose and the search is cut at
 * MAX_EVALUATIONS scored candidates: the result is then the best among the candidates with the
 * highest bounds — measured at 100,000 members: 95.6 % of the exact top 10, 99.8 % of its score
 * (docs/benchmarks.md).
 */
export const MAX_EVALUATIONS = 1500;
export const MAX_VISITS = 30000;
