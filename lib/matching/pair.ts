// Canonical pair ordering for matches: one pair = one Match row with userAId < userBId.
// Postgres orders uuid values by their 16 bytes; the lowercase hyphenated text form has the hex
// digits at fixed positions and '0'-'9' < 'a'-'f' in ASCII, so comparing lowercase strings in JS
// gives exactly the database's order (tests/unit/pair.test.ts proves it byte by byte).

import { normalizeUuid } from "@/lib/core/ids";

export type Pair = { userAId: string; userBId: string };

/** The pair in canonical order. Throws on a self-pair: a member never matches themself. */
export function canonicalPair(x: string, y: string): Pair {
  const a = normalizeUuid(x);
  const b = normalizeUuid(y);
  if (a === b) throw new Error("a pair needs two different members");
  return a < b ? { userAId: a, userBId: b } : { userAId: b, userBId: a };
}

/** Key of the transaction-scoped advisory lock that serializes all like/match writes of one pair. */
export function pairLockKey(x: string, y: string): string {
  const { userAId, userBId } = canonicalPair(x, y);
  return `match-pair:${userAId}:${userBId}`;
}

/** The other participant of a match, seen from `me`. */
export function otherParticipant(match: Pair, me: string): string {
  return match.userAId === me ? match.userBId : match.userAId;
}
