// Ids as every domain reads them from a client (path, query, body): an RFC 9562 uuid (what Postgres
// generates for every primary key), in its canonical lowercase form. One member-id schema, so a like,
// a pass, a block, a report and the admin console accept and reject the same strings.
import { z } from "zod";

/**
 * The canonical text form. Postgres orders uuid values by their 16 bytes, which is the order of
 * this form as a JS string (lib/matching/pair.ts relies on it; tests/unit/pair.test.ts proves it).
 */
export function normalizeUuid(id: string): string {
  return id.trim().toLowerCase();
}

/** A record id (a match, a payment, a member in the admin console), canonicalised. */
export const zId = (message?: string) => z.uuid(message).transform(normalizeUuid);

/** The member a request is about (like, pass, block, report). */
export const ZMemberId = zId("회원 정보가 올바르지 않아요. 새로고침한 뒤 다시 시도해 주세요.");
