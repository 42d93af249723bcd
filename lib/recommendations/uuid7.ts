// Time-ordered UUIDs (RFC 9562 version 7) for the rows the weekly build inserts in bulk. A random
// v4 primary key lands on a random page of the primary-key index for every row; v7 keys only ever
// append, which makes a million-row insert several times cheaper on a large table.
import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;
let pool = Buffer.alloc(0);
let poolAt = 0;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** 48-bit millisecond time, a 12-bit counter (monotonic within this process), 62 random bits. */
export function uuid7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs++; // 4096 ids in one millisecond: borrow the next one, staying monotonic
    counter = 0;
  }
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(8 * 4096);
    poolAt = 0;
  }
  const r = pool.subarray(poolAt, (poolAt += 8));
  const ms = lastMs;
  const t = [Math.floor(ms / 2 ** 40) & 255, Math.floor(ms / 2 ** 32) & 255, (ms >>> 24) & 255, (ms >>> 16) & 255, (ms >>> 8) & 255, ms & 255];
  return (
    HEX[t[0]] + HEX[t[1]] + HEX[t[2]] + HEX[t[3]] + "-" + HEX[t[4]] + HEX[t[5]] + "-" +
    HEX[0x70 | (counter >>> 8)] + HEX[counter & 255] + "-" +
    HEX[0x80 | (r[0] & 0x3f)] + HEX[r[1]] + "-" + HEX[r[2]] + HEX[r[3]] + HEX[r[4]] + HEX[r[5]] + HEX[r[6]] + HEX[r[7]]
  );
}
