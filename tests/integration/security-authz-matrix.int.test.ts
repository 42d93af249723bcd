// The unauthorized-access matrix, generated from the operation registry (lib/openapi/operations.ts),
// so operations added later are covered without editing this file: every member, onboarding and
// admin operation signed out → 401; every admin operation as a member → 403; every member operation
// with path params, as another member with the owner's ids → 404 (fixtures below, keyed by
// operationId; a new operation with params and no fixture FAILS this suite on purpose). Each column
// proves no row changed anywhere (fingerprint of every table).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { MATCH_FEE_PRODUCT_ID } from "@/lib/payments/products";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { canonicalPair } from "@/lib/matching/pair";
import { changedTables, fingerprint, isPersonAccess, operations, paramNames, unknownParams } from "../security/helpers";
import type { Operation } from "@/lib/core/operation";
import { currentWeek } from "@/lib/core/week";

type Person = { id: string; token: string };
type Request = { params?: Record<string, string>; body?: unknown; query?: Record<string, string> };
/** Builds a request naming the OWNER's record (created here); another member calling it must get 404. */
type Fixture = (owner: Person, other: Person) => Promise<Request>;

let seq = 0;
async function ownersMatch(owner: Person) {
  const partner = await createMember();
  return prisma.match.create({ data: { ...canonicalPair(owner.id, partner.id), status: "PENDING" }, select: { id: true } });
}
async function ownersPayment(owner: Person, withKey: boolean) {
  seq += 1;
  return prisma.payment.create({
    data: {
      userId: owner.id,
      purpose: "MEMBERSHIP",
      method: withKey ? "TOSS" : "TRANSFER",
      amount: 99_000,
      orderId: `matrix-${randomUUID()}`,
      orderName: "멤버십",
      paymentKey: withKey ? `tpk_matrix_${seq}_${randomUUID().slice(0, 8)}` : null,
    },
    select: { id: true, paymentKey: true },
  });
}

/** a slot of a fresh manager, three days ahead (outside the consultation cut-off) */
async function openSlot(): Promise<string> {
  const manager = await createMember({ role: "ADMIN" });
  await prisma.managerProfile.create({ data: { userId: manager.id, displayName: "매니저", intro: "소개" } });
  const slot = await prisma.consultationSlot.create({ data: { managerId: manager.id, startsAt: new Date(Date.now() + 3 * 86_400_000), minutes: 30, mode: "PHONE" }, select: { id: true } });
  return slot.id;
}
async function ownersBooking(owner: { id: string }): Promise<string> {
  const slotId = await openSlot();
  const b = await prisma.consultationBooking.create({ data: { slotId, activeSlotId: slotId, memberId: owner.id, periodEndsAt: new Date(Date.now() + 90 * 86_400_000) }, select: { id: true } });
  return b.id;
}
async function ownersInquiry(owner: { id: string }): Promise<string> {
  const i = await prisma.inquiry.create({ data: { memberId: owner.id, category: "OTHER", messages: { create: { authorId: owner.id, fromStaff: false, body: "문의 내용이에요." } } }, select: { id: true } });
  return i.id;
}

const FIXTURES: Record<string, Fixture> = {
  deleteBlocksById: async (owner) => {
    const target = await createMember();
    const block = await prisma.block.create({ data: { blockerId: owner.id, blockedId: target.id }, select: { id: true } });
    return { params: { id: block.id } };
  },
  getMatchesById: async (owner) => ({ params: { id: (await ownersMatch(owner)).id } }),
  getMatchesByIdContact: async (owner) => ({ params: { id: (await ownersMatch(owner)).id } }),
  getPaymentsById: async (owner) => ({ params: { id: (await ownersPayment(owner, false)).id } }),
  getPaymentsTossByPaymentKey: async (owner) => ({ params: { paymentKey: (await ownersPayment(owner, true)).paymentKey! } }),
  deleteLikesByToUserId: async (owner) => {
    const target = await createMember();
    await prisma.like.create({ data: { fromId: owner.id, toId: target.id, batchWeek: currentWeek() } });
    return { params: { toUserId: target.id } };
  },
  postMatchesByIdFeedback: async (owner) => ({ params: { id: (await ownersMatch(owner)).id }, body: { met: true, rating: 4 } }),
  postPaymentsByIdCancelOpen: async (owner) => ({ params: { id: (await ownersPayment(owner, false)).id } }),
  postPaymentsByIdRefundRequest: async (owner) => ({ params: { id: (await ownersPayment(owner, true)).id }, body: { reason: "환불해 주세요" } }),
  putPaymentsRefundsByIdAccount: async (owner) => {
    const payment = await ownersPayment(owner, false);
    const refund = await prisma.refundRequest.create({ data: { paymentId: payment.id, userId: owner.id, source: "PARTNER_WITHDRAWN", status: "APPROVED", amount: 99_000, rule: "전액", reason: "상대 회원 탈퇴" }, select: { id: true } });
    return { params: { id: refund.id }, body: { account: { bank: "카카오뱅크", accountNumber: "3333012345678", holder: "회원" } } };
  },
  postConsultationsByIdCancel: async (owner) => ({ params: { id: await ownersBooking(owner) } }),
  postConsultationsByIdReschedule: async (owner) => ({ params: { id: await ownersBooking(owner) }, body: { slotId: await openSlot() } }),
  getInquiriesById: async (owner) => ({ params: { id: await ownersInquiry(owner) } }),
  postInquiriesByIdMessages: async (owner) => ({ params: { id: await ownersInquiry(owner) }, body: { body: "덧붙이는 내용이에요." } }),
  // body references to the owner's records (no path params, but the same rule)
  postPaymentsIntent: async (owner) => ({ body: { matchId: (await ownersMatch(owner)).id } }),
  postPaymentsTossReady: async (owner) => ({ body: { productId: MATCH_FEE_PRODUCT_ID, matchId: (await ownersMatch(owner)).id } }),
};

/** GET fixtures the owner cannot read either in the fixture's state (a PENDING match has no contact yet) */
const OWNER_MAY_404 = new Set(["getMatchesByIdContact"]);

const person = (op: Operation) => isPersonAccess(op);
const writes = (op: Operation) => op.method !== "GET";
const requestOf = (op: Operation, r: Request = {}) => ({
  params: r.params ?? unknownParams(op),
  query: r.query,
  body: r.body ?? (writes(op) && op.bodyEncoding !== "form" ? {} : undefined),
});

let member: Person, owner: Person, admin: Person, newcomer: Person;

beforeAll(async () => {
  const mk = async (input: Parameters<typeof createMember>[0]) => {
    const u = await createMember(input);
    return { id: u.id, token: await tokenFor({ id: u.id, role: u.role }) };
  };
  [member, owner, admin, newcomer] = [await mk({}), await mk({}), await mk({ role: "ADMIN" }), await mk({ status: "ONBOARDING" })];
  // the hourly lastActiveAt refresh would otherwise count as a write on the first authenticated call
  await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
});

async function expectNoWrites(label: string, run: () => Promise<string[]>) {
  const before = await fingerprint();
  const failures = await run();
  expect(failures, label).toEqual([]);
  expect(changedTables(before, await fingerprint()), `${label}: rows changed`).toEqual([]);
}

describe("unauthorized-access matrix (from the operation registry)", () => {
  it("covers the registry (not an empty loop)", () => {
    expect(operations().filter(person).length).toBeGreaterThan(20);
    expect(operations().filter((op) => op.access === "admin").length).toBeGreaterThan(5);
  });

  it("every member, onboarding, admin and cron operation answers 401 signed out, with the error shape, writing nothing", async () => {
    await expectNoWrites("signed out", async () => {
      const failures: string[] = [];
      for (const op of operations().filter((o) => person(o) || o.access === "cron")) {
        const r = requestOf(op);
        const res = await callOp(op, { params: r.params, query: r.query, body: r.body });
        if (res.status !== 401 || res.error?.code !== "UNAUTHENTICATED") failures.push(`${op.method} ${op.path}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 120)}`);
      }
      return failures;
    });
  });

  it("every admin operation answers 403 to a member (and cron operations 401 to a member's token), writing nothing", async () => {
    await expectNoWrites("member on admin", async () => {
      const failures: string[] = [];
      for (const op of operations().filter((o) => o.access === "admin" || o.access === "cron")) {
        const r = requestOf(op);
        const res = await callOp(op, { as: member, params: r.params, query: r.query, body: r.body });
        const want = op.access === "admin" ? 403 : 401;
        if (res.status !== want) failures.push(`${op.method} ${op.path}: ${res.status} (want ${want})`);
      }
      return failures;
    });
  });

  it("every member operation answers 403 to a member still onboarding, writing nothing", async () => {
    await expectNoWrites("onboarding on member", async () => {
      const failures: string[] = [];
      for (const op of operations().filter((o) => o.access === "member" || o.access === "admin")) {
        const r = requestOf(op);
        const res = await callOp(op, { as: newcomer, params: r.params, query: r.query, body: r.body });
        if (res.status !== 403) failures.push(`${op.method} ${op.path}: ${res.status}`);
      }
      return failures;
    });
  });

  it("every member operation with path params has a fixture (add one to FIXTURES for a new operation)", () => {
    const missing = operations()
      .filter((op) => (op.access === "member" || op.access === "onboarding") && paramNames(op).length > 0)
      .filter((op) => !FIXTURES[op.operationId])
      .map((op) => `${op.operationId} (${op.method} ${op.path})`);
    expect(missing).toEqual([]);
  });

  it("another member's ids answer 404 (like an unknown id), writing nothing", async () => {
    const cases = operations().filter((op) => FIXTURES[op.operationId]);
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(FIXTURES).filter((id) => operations().some((o) => o.operationId === id)).length);
    const prepared = [] as { op: Operation; req: Request }[];
    for (const op of cases) prepared.push({ op, req: await FIXTURES[op.operationId](owner, member) });
    await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
    await expectNoWrites("foreign ids", async () => {
      const failures: string[] = [];
      for (const { op, req } of prepared) {
        const r = requestOf(op, req);
        const res = await callOp(op, { as: member, params: r.params, query: r.query, body: r.body });
        if (res.status !== 404 || res.error?.code !== "NOT_FOUND") failures.push(`${op.method} ${op.path}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 120)}`);
        // and the same request with an unknown id answers the very same body
        if (req.params) {
          const unknown = await callOp(op, { as: member, params: unknownParams(op), body: r.body });
          if (unknown.status !== 404 || JSON.stringify(unknown.body) !== JSON.stringify(res.body)) failures.push(`${op.method} ${op.path}: foreign ≠ unknown (${unknown.status})`);
        }
      }
      return failures;
    });
    // the owner still reaches them (the fixtures are real): GET ones answer 2xx
    const ownerSees = prepared.filter((p) => p.op.method === "GET" && p.req.params && !OWNER_MAY_404.has(p.op.operationId));
    expect(ownerSees.length).toBeGreaterThan(0);
    for (const { op, req } of ownerSees) {
      const r = requestOf(op, req);
      const res = await callOp(op, { as: owner, params: r.params, query: r.query });
      expect(res.status, `${op.method} ${op.path} as owner`).toBe(200);
    }
    void admin;
  });
});
