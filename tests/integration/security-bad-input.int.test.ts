// Crafted input on the admin console answers 4xx with the error shape, writes nothing and logs at warn
// at most: keyset cursors (an id of 36 dashes, years 0 and ±275760) on every list that pages by cursor
// (lib/core/cursor.ts), audit days and a membership expiry outside 2000–2099 (lib/core/parse.ts).
// Each of these reached PostgreSQL before and failed there as a 500 with an error-level stack.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { listUsersOperation } from "@/lib/admin/list-users";
import { listAdminMatchesOperation } from "@/lib/admin/list-matches";
import { listReportsOperation } from "@/lib/admin/reports";
import { listAuditOperation } from "@/lib/admin/list-audit";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";
import { updateMembershipOperation } from "@/lib/admin/update-membership";
import { encodeCursor } from "@/lib/core/cursor";
import { prisma } from "@/lib/db";
import { callOp, type OpResponse } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { fingerprint } from "../security/helpers";
import { captureLogLevels, WARN } from "../security/log-levels";

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const id = randomUUID();
/** cursors this server never issues, each of which used to reach the query */
const CRAFTED: Record<string, string> = {
  "36 dashes as the id": raw(["2026-12-01T00:00:00.000Z", "-".repeat(36)]),
  "year 0": raw(["0000-01-01T00:00:00.000Z", id]),
  "year +275760": raw(["+275760-09-13T00:00:00.000Z", id]),
  "year -271821": raw(["-271821-04-20T00:00:00.000Z", id]),
  "year 1999": raw(["1999-12-31T23:59:59.999Z", id]),
  "no tuple": raw({ at: "2026-12-01T00:00:00.000Z", id }),
  "not base64url JSON": "%%%not-a-cursor",
};

let admin: string;
let member: string;
beforeAll(async () => {
  const a = await createMember({ role: "ADMIN" });
  admin = await tokenFor({ id: a.id, role: "ADMIN" });
  member = await tokenFor(await createMember());
  // a signed-in request records the actor's activity (User.lastActiveAt, throttled): done once here,
  // so the fingerprints below compare only what the refused requests might have written
  await callOp(listUsersOperation, { as: { token: admin } });
  await callOp(listNotificationsOperation, { as: { token: member } });
});
afterEach(() => vi.restoreAllMocks());

const expectRefused = (res: OpResponse<unknown>, field: string, what: string) => {
  expect(res.status, what).toBe(422);
  expect(res.error, what).toMatchObject({ code: "VALIDATION_FAILED", message: expect.any(String) });
  expect(res.error?.fields?.[field], what).toBeDefined();
};

describe("keyset cursors", () => {
  const lists = [
    [listUsersOperation, () => admin],
    [listAdminMatchesOperation, () => admin],
    [listReportsOperation, () => admin],
    [listAuditOperation, () => admin],
    [listNotificationsOperation, () => member],
  ] as const;

  for (const [op, token] of lists) {
    const name = `${op.method} ${op.path}`;
    it(`${name}: a crafted cursor is a 422 (fields.cursor), nothing written, no error log; an issued one pages`, async () => {
      const before = await fingerprint();
      const logs = captureLogLevels();
      for (const [what, cursor] of Object.entries(CRAFTED)) {
        expectRefused(await callOp(op, { as: { token: token() }, query: { cursor } }), "cursor", `${name} ${what}`);
      }
      expect(logs.max(), JSON.stringify(logs.lines)).toBeLessThanOrEqual(WARN);
      expect(logs.lines.some((l) => l.msg === "request")).toBe(true); // the access line is still written
      expect(await fingerprint()).toEqual(before);
      // a cursor as the server issues it (upper-case id included) is accepted
      const issued = encodeCursor(new Date(), randomUUID().toUpperCase());
      expect((await callOp(op, { as: { token: token() }, query: { cursor: issued } })).status).toBe(200);
    });
  }
});

describe("dates outside 2000–2099", () => {
  it("GET /api/admin/audit refuses from/to days of year 0 and 9999 with 422, no error log", async () => {
    const logs = captureLogLevels();
    for (const q of ["from=0000-01-01", "to=0000-01-01", "from=9999-12-31", "to=1900-01-01"]) {
      const [field, day] = q.split("=");
      expectRefused(await callOp(listAuditOperation, { as: { token: admin }, query: { [field]: day } }), field, q);
    }
    expect(logs.max()).toBeLessThanOrEqual(WARN);
    expect((await callOp(listAuditOperation, { as: { token: admin }, query: { from: "2026-01-01", to: "2026-12-31" } })).status).toBe(200);
  });

  it("PATCH /api/admin/users/{id}/membership refuses expiresAt 0000-01-01 and ±275760 with 422; the member and the audit log are untouched", async () => {
    const target = await createMember();
    const before = await fingerprint();
    const logs = captureLogLevels();
    for (const expiresAt of ["0000-01-01T00:00:00Z", "0000-01-01T00:00:00.000+09:00", "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "2100-01-01T00:00:00Z", "0000-01-01"]) {
      const res = await callOp(updateMembershipOperation, { as: { token: admin }, params: { id: target.id }, body: { tier: "PREMIUM", expiresAt } });
      expectRefused(res, "expiresAt", expiresAt);
    }
    expect(logs.max(), JSON.stringify(logs.lines)).toBeLessThanOrEqual(WARN);
    expect(await fingerprint()).toEqual(before);
    expect(await prisma.adminAction.count({ where: { targetId: target.id } })).toBe(0);

    const ok = await callOp(updateMembershipOperation, { as: { token: admin }, params: { id: target.id }, body: { tier: "PREMIUM", expiresAt: "2027-06-30T23:59:59+09:00" } });
    expect(ok.status).toBe(200);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { membershipTier: true, membershipExpiresAt: true } });
    expect(row).toEqual({ membershipTier: "PREMIUM", membershipExpiresAt: new Date("2027-06-30T14:59:59Z") });
  });
});
