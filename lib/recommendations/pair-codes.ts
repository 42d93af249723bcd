// The kinds of pair-history entries (low 3 bits of the pair lists built by load-pairs.ts): a pure
// module, so the fit and the benchmark can read pair lists without loading the database layer.
/** a block, a match or a pass, in either direction: the pair is never recommended */
export const PAIR_BLOCK_OR_MATCH = 0;
export const PAIR_LIKE_IN_WINDOW = 1;
export const PAIR_LIKE_OLDER = 2;
export const PAIR_SHOWN_RECENT = 3;
export const PAIR_SHOWN_OLDER = 4;
