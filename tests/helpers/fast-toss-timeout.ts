// Imported FIRST by the payments model test: lib/env reads process.env once, at its first import, so a
// short Toss timeout set here makes "Toss hangs" a sub-second fault the model can afford to interleave.
process.env.TOSS_TIMEOUT_MS = process.env.MODEL_TOSS_TIMEOUT_MS ?? "300";
export const MODEL_TOSS_TIMEOUT_MS = Number(process.env.TOSS_TIMEOUT_MS);
