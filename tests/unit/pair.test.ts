// Canonical match-pair ordering: JS string order of lowercase uuids equals Postgres uuid order
// (byte-wise), so the (userAId, userBId) unique key sees one pair as one row.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalPair, otherParticipant, pairLockKey } from "@/lib/matching/pair";

/** Postgres compares uuid values as 16 unsigned bytes (memcmp). */
function pgUuidCompare(a: string, b: string): number {
  const x = Buffer.from(a.replace(/-/g, ""), "hex");
  const y = Buffer.from(b.replace(/-/g, ""), "hex");
  return Buffer.compare(x, y);
}

describe("canonicalPair", () => {
  it("orders both ways the same, smaller uuid first", () => {
    const a = "0a000000-0000-4000-8000-000000000000";
    const b = "f0000000-0000-4000-8000-000000000000";
    expect(canonicalPair(a, b)).toEqual({ userAId: a, userBId: b });
    expect(canonicalPair(b, a)).toEqual({ userAId: a, userBId: b });
  });

  it("agrees with Postgres byte order on random and edge-case uuids", () => {
    const ids = [
      ...Array.from({ length: 500 }, () => randomUUID()),
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "9fffffff-ffff-4fff-bfff-ffffffffffff",
      "a0000000-0000-4000-8000-000000000000",
      "a0000000-0000-4000-8000-00000000000a",
      "a0000000-0000-4000-8000-000000000009",
    ];
    for (let i = 0; i + 1 < ids.length; i++) {
      const [x, y] = [ids[i], ids[i + 1]];
      if (x === y) continue;
      const { userAId, userBId } = canonicalPair(x, y);
      expect(pgUuidCompare(userAId, userBId)).toBeLessThan(0);
    }
  });

  it("normalizes case so an upper-case id names the same pair", () => {
    const a = randomUUID();
    const b = randomUUID();
    expect(canonicalPair(a.toUpperCase(), b)).toEqual(canonicalPair(a, b.toUpperCase()));
    expect(pairLockKey(a.toUpperCase(), b)).toBe(pairLockKey(b, a));
  });

  it("refuses a self-pair", () => {
    const a = randomUUID();
    expect(() => canonicalPair(a, a.toUpperCase())).toThrow();
  });

  it("names the other participant", () => {
    const pair = canonicalPair(randomUUID(), randomUUID());
    expect(otherParticipant(pair, pair.userAId)).toBe(pair.userBId);
    expect(otherParticipant(pair, pair.userBId)).toBe(pair.userAId);
  });
});
