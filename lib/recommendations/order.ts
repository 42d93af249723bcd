// The order members are processed in within one week: user id order, rotated to start at a point
// derived from the week. The weekly cap makes the order matter (who comes first gets first pick of
// popular members); with a rotation every member's place in the order is uniformly random from week
// to week — no one is always first, as the oldest accounts would be in creation order — yet every
// run of one week, and every resumed chunk, sees the same order. Each chunk is a contiguous id range,
// so its bulk inserts touch the (userId, …) indexes in order instead of at random.

/** FNV-1a over the UTF-16 code units, then the murmur3 finalizer for avalanche. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const MOD = 1n << 128n;

/** the week's starting point on the 128-bit id circle */
function weekOffset(week: string): bigint {
  let x = 0n;
  for (let i = 0; i < 4; i++) x = (x << 32n) | BigInt(hash32(`${week}|${i}`));
  return x;
}

/**
 * Sort key of a member in the week's order: (id − offset) mod 2^128 as 32 hex digits, so plain
 * string comparison gives the order. `offset` may be passed in when keying many ids.
 */
export function processingKey(week: string, userId: string, offset = weekOffset(week)): string {
  const id = BigInt(`0x${userId.replace(/-/g, "")}`);
  return ((((id - offset) % MOD) + MOD) % MOD).toString(16).padStart(32, "0");
}

/** Keys for many ids of one week. */
export function processingKeys(week: string, userIds: string[]): string[] {
  const offset = weekOffset(week);
  return userIds.map((id) => processingKey(week, id, offset));
}

/** The advisory-lock space of one week's run (a signed 32-bit key, see write-chunk.ts). */
export function weekLockKey(week: string): number {
  return hash32(`recommendations|${week}`) | 0;
}
