// The kinds of pair-history entries (low 3 bits of the pair lists built by load-pairs.ts): a pure
// module, so the fit and the benchmark can read pair lists without loading the database layer.
/** a block, a match or a pass, in either direction: the pair is never recommended */
export const PAIR_BLOCK_OR_MATCH = 0;
/** a like of the score window (weeks W−12 … W−2) */
export const PAIR_LIKE_IN_WINDOW = 1;
export const PAIR_LIKE_OLDER = 2;
/** an exposure of weeks W−4 … W−2 (never relaxed) */
export const PAIR_SHOWN_RECENT = 3;
/** an exposure of weeks W−12 … W−5 (relax level 3 allows it) */
export const PAIR_SHOWN_OLDER = 4;
/** an exposure of week W−1, the fit's validation week (recent: never relaxed) */
export const PAIR_SHOWN_LAST = 5;
/** a like of week W−1 (in the score window) */
export const PAIR_LIKE_LAST = 6;

export const isExposure = (code: number) => code === PAIR_SHOWN_RECENT || code === PAIR_SHOWN_OLDER || code === PAIR_SHOWN_LAST;
export const isWindowLike = (code: number) => code === PAIR_LIKE_IN_WINDOW || code === PAIR_LIKE_LAST;
export const isLike = (code: number) => code === PAIR_LIKE_IN_WINDOW || code === PAIR_LIKE_LAST || code === PAIR_LIKE_OLDER;

// The viewer's own actions toward a target other than likes (load-pairs.ts `actOff`/`actVal`, low 3
// bits): what the target's passedBy, reports and meetings count, so the fit can leave the example's
// own action out of them (issue 24: no feature may see its label).
/** the viewer passed the target (관심 없음) */
export const ACT_PASS = 1;
/** the viewer reported the target */
export const ACT_REPORT = 2;
/** the viewer met the target and rated the meeting 4–5 / 1–2 */
export const ACT_MET_LIKED = 3;
export const ACT_MET_DISLIKED = 4;
