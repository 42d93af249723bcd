// Keyset cursors of the lists that page on (createdAt, id): the admin console's members, matches,
// reports and audit log, and a member's notifications. Opaque to clients (base64url JSON of the last
// row's instant and id) and decoded by this ONE strict schema, so a crafted cursor — an id that is no
// UUID, an instant PostgreSQL cannot compare (year 0, ±275760) — is refused with a 422 while the query
// is parsed, never passed to the database (where it failed as a 500).
import { z } from "zod";
import { zId } from "./ids";
import { isSaneInstant } from "./parse";

export type Keyset = { at: Date; id: string };

/** What each list operation says about its cursor (OpenAPI description). */
export const CURSOR_DESCRIPTION =
  "cursor: the previous page's nextCursor, opaque. A cursor this server did not issue (not the encoded instant within 2000–2099 and UUID of a row) is refused with 422 VALIDATION_FAILED (fields.cursor), never ignored: a client that pages with a broken cursor learns it at once.";

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

const ZKeyset = z.tuple([z.iso.datetime(), zId()]);

function decode(raw: string): Keyset | null {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = ZKeyset.safeParse(json);
  if (!parsed.success) return null;
  const at = new Date(parsed.data[0]);
  return isSaneInstant(at) ? { at, id: parsed.data[1] } : null;
}

/** The query parameter `cursor`: an encoded keyset in, `{ at, id }` out, or a 422 with `message`. */
export function zCursor(message = "페이지 커서가 올바르지 않습니다.") {
  return z
    .string()
    .max(200, message)
    .transform((raw, ctx) => {
      const keyset = decode(raw);
      if (!keyset) ctx.addIssue({ code: "custom", message });
      return keyset ?? z.NEVER;
    });
}
