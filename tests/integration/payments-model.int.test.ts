// The money invariants as a model-based test (docs/payments.md, "Invariants"): fast-check runs random
// sequences of what members, admins, Toss and the jobs do to one match — card checkouts and confirms
// under Toss's faults (5xx after charging, timeouts, unreadable answers, lost redirects, duplicate
// webhooks), 가상계좌 issued and deposited (callbacks delivered, duplicated, lost or forged; due dates
// passing), members cancelling their own open order, transfers and their verification, refunds,
// withdrawals, blocks, bans, expiry — against the
// app's use cases and this file's local Toss server. After each sequence Toss is made healthy and the
// jobs run (what production does within minutes); then, for every order: what Toss holds equals what
// the app records (charged, refunded, balance), or the order is parked for a person; nobody paid twice
// for the match; no charge without a grant, a refund or a parked review.
// MODEL_RUNS (default 150) sets the number of sequences; a failure prints MODEL_SEED, MODEL_PATH and
// MODEL_REPLAY, which replay it.
import "../helpers/fast-toss-timeout";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tossStub } from "../setup/isolated-db";
import { createMember } from "../helpers/factories";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { canonicalPair } from "@/lib/matching/pair";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { banMember } from "@/lib/admin/ban-member";
import { blockMember } from "@/lib/members/block-member";
import { readyTossPayment } from "@/lib/payments/toss-ready";
import { confirmTossPaymentForMember } from "@/lib/payments/toss-confirm";
import { createTransferIntent } from "@/lib/payments/create-transfer-intent";
import { verifyPayment } from "@/lib/payments/verify-payment";
import { cancelPayment } from "@/lib/payments/cancel-payment";
import { handleTossWebhook } from "@/lib/payments/toss-webhook";
import { cancelOpenOrder } from "@/lib/payments/cancel-open-order";
import { reconcileTossPayments } from "@/lib/payments/reconcile-toss";
import { moneyOfApp, moneyOfToss } from "@/lib/payments/money-view";
import type { TossFault } from "@/dev/toss/server";

const RUNS = Number(process.env.MODEL_RUNS ?? 150);
const MINUTE = 60_000;

type World = { a: Actor; b: Actor; admin: Actor; matchId: string; log: string[] };
type Who = "a" | "b";
const quiet = async (label: string, w: World, f: () => Promise<unknown>) => {
  try {
    await f();
    w.log.push(`${label}: ok`);
  } catch (err) {
    w.log.push(`${label}: ${(err as { code?: string }).code ?? (err as Error).message}`);
  }
};
const openCard = (w: World, who: Who) => prisma.payment.findFirst({ where: { matchId: w.matchId, userId: w[who].userId, method: "TOSS", status: "PENDING" }, select: { orderId: true, amount: true, orderName: true } });

const FAULTS: Record<string, TossFault | null> = {
  none: null,
  "5xx-after-charge": { op: "confirm", status: 500, apply: true },
  "5xx": { op: "confirm", status: 500 },
  timeout: { op: "confirm", delayMs: 380 },
  unreadable: { op: "confirm", mangle: "amount-as-text" },
  "card-rejected": { op: "confirm", code: "REJECT_CARD_PAYMENT" },
};

/**
 * The reconciliation job `ms` later. Requests Toss was still holding have landed by then (Toss applies
 * a confirm within its 10-minute session or never), so the jump waits for them: without the wait the
 * model would let Toss charge, or issue an account, after the app trusted the session's end. That case
 * has its own test (payments-virtual-account "an account Toss issued after the app ended the order").
 */
async function jobLater(w: World, label: string, ms: number) {
  await tossStub.idle();
  await quiet(label, w, () => reconcileTossPayments({ now: new Date(Date.now() + ms) }));
}

type Cmd = fc.AsyncCommand<object, World>;
const cmd = (label: string, run: (w: World) => Promise<void>): Cmd => ({ check: () => true, run: (_m, w) => run(w), toString: () => label });

const ENDINGS = [...Object.keys(FAULTS), "redirect-lost", "window-closed"];

async function confirmOpen(w: World, who: Who, fault: string) {
  const o = await openCard(w, who);
  const t = o ? tossStub.paymentByOrderId(o.orderId) : undefined;
  if (!o || !t) return void w.log.push(`confirm(${who}): nothing to confirm`);
  if (FAULTS[fault]) tossStub.injectFault(FAULTS[fault]!);
  await quiet(`confirm(${who}, ${fault})`, w, () => confirmTossPaymentForMember({ actor: w[who], input: { paymentKey: t.paymentKey, orderId: o.orderId, amount: o.amount } }));
}

const money = [
  // a card checkout: the order, Toss's card window, and how it ends (a fault on the confirm, the success
  // redirect lost, or the window closed without paying)
  fc.tuple(fc.constantFrom<Who>("a", "b"), fc.constantFrom(...ENDINGS)).map(([who, ending]) =>
    cmd(`cardCheckout(${who}, ${ending})`, async (w) => {
      await quiet(`ready(${who})`, w, () => readyTossPayment({ actor: w[who], input: { productId: "match-fee", matchId: w.matchId } }));
      const o = await openCard(w, who);
      if (!o || ending === "window-closed") return;
      if (!tossStub.paymentByOrderId(o.orderId)) tossStub.createAuthorizedPayment(o);
      if (ending !== "redirect-lost") await confirmOpen(w, who, ending);
    }),
  ),
  // the member retries after an error page
  fc.tuple(fc.constantFrom<Who>("a", "b"), fc.constantFrom(...Object.keys(FAULTS))).map(([who, fault]) => cmd(`confirmAgain(${who}, ${fault})`, (w) => confirmOpen(w, who, fault))),
  // 가상계좌: the member picks it in Toss's window; the confirm (with a fault) issues an account
  fc.tuple(fc.constantFrom<Who>("a", "b"), fc.constantFrom("none", "5xx-after-charge", "timeout", "redirect-lost")).map(([who, ending]) =>
    cmd(`accountCheckout(${who}, ${ending})`, async (w) => {
      await quiet(`ready(${who})`, w, () => readyTossPayment({ actor: w[who], input: { productId: "match-fee", matchId: w.matchId } }));
      const o = await openCard(w, who);
      if (!o) return;
      if (!tossStub.paymentByOrderId(o.orderId)) tossStub.createAuthorizedPayment({ ...o, method: "가상계좌", validHours: 24 });
      if (ending !== "redirect-lost") await confirmOpen(w, who, ending);
    }),
  ),
  // the deposit arrives: Toss's DEPOSIT_CALLBACK delivered, twice, lost, or forged (wrong secret) first
  fc.tuple(fc.constantFrom<Who>("a", "b"), fc.constantFrom("callback", "duplicate", "lost", "forged-then-real")).map(([who, how]) =>
    cmd(`deposit(${who}, ${how})`, async (w) => {
      const p = await prisma.payment.findFirst({ where: { matchId: w.matchId, userId: w[who].userId, method: "TOSS" }, orderBy: { createdAt: "desc" }, select: { orderId: true } });
      const t = p ? tossStub.paymentByOrderId(p.orderId) : undefined;
      if (!t || t.status !== "WAITING_FOR_DEPOSIT" || t.virtualAccount?.expired) return void w.log.push(`deposit(${who}): no account waiting`);
      const { callback } = tossStub.deposit(t.paymentKey);
      w.log.push(`deposit(${who}, ${how})`);
      if (how === "lost") return;
      if (how === "forged-then-real") await quiet(`forgedCallback(${who})`, w, () => handleTossWebhook({ input: { ...callback, secret: "ps_forged" } }));
      await quiet(`depositCallback(${who})`, w, () => handleTossWebhook({ input: callback }));
      if (how === "duplicate") await quiet(`depositCallback(${who}) again`, w, () => handleTossWebhook({ input: callback }));
    }),
  ),
  // the member cancels their own open order (card, transfer or account) to switch method
  fc.constantFrom<Who>("a", "b").map((who) =>
    cmd(`cancelOwnOrder(${who})`, async (w) => {
      const p = await prisma.payment.findFirst({ where: { matchId: w.matchId, userId: w[who].userId, status: { in: ["PENDING", "AWAITING_DEPOSIT"] } }, select: { id: true } });
      if (!p) return void w.log.push(`cancelOwn(${who}): none`);
      await quiet(`cancelOwn(${who})`, w, () => cancelOpenOrder({ actor: w[who], input: { id: p.id } }));
    }),
  ),
  fc.constantFrom<Who>("a", "b").map((who) =>
    cmd(`duplicateWebhook(${who})`, async (w) => {
      const p = await prisma.payment.findFirst({ where: { matchId: w.matchId, userId: w[who].userId, method: "TOSS" }, orderBy: { createdAt: "desc" }, select: { orderId: true } });
      const t = p ? tossStub.paymentByOrderId(p.orderId) : undefined;
      if (!t) return void w.log.push(`webhook(${who}): none`);
      const event = { eventType: "PAYMENT_STATUS_CHANGED", data: { paymentKey: t.paymentKey, status: t.status } };
      await quiet(`webhook(${who})`, w, () => handleTossWebhook({ input: event }));
      await quiet(`webhook(${who}) again`, w, () => handleTossWebhook({ input: event }));
    }),
  ),
];
const lifeAndAdmin = [
  fc.constantFrom<Who>("a", "b").map((who) => cmd(`transfer(${who})`, (w) => quiet(`transfer(${who})`, w, () => createTransferIntent({ actor: w[who], input: { matchId: w.matchId } })))),
  fc.constant(
    cmd("adminVerifiesTransfer", async (w) => {
      const p = await prisma.payment.findFirst({ where: { matchId: w.matchId, method: "TRANSFER", status: "PENDING" }, select: { id: true, depositCode: true } });
      if (!p) return void w.log.push("verify: none");
      await quiet("verify", w, () => verifyPayment({ actor: w.admin, input: { id: p.id, depositorName: `${p.depositCode} 홍길동` } }));
    }),
  ),
  // the fault is part of the command (not Math.random), so a printed counterexample replays exactly
  fc.tuple(fc.constantFrom("full", "part"), fc.constantFrom("ok", "ok", "ok", "5xx", "5xx-after-refund")).map(([kind, fault]) =>
    cmd(`adminRefund(${kind}, ${fault})`, async (w) => {
      const p = await prisma.payment.findFirst({ where: { matchId: w.matchId, status: { in: ["PAID", "PARTIALLY_REFUNDED"] } }, select: { id: true } });
      if (!p) return void w.log.push("refund: none");
      if (fault !== "ok") tossStub.injectFault({ op: "cancel", status: 500, apply: fault === "5xx-after-refund" });
      await quiet(`refund(${kind})`, w, () => cancelPayment({ actor: w.admin, input: { id: p.id, reason: "모델 테스트 환불", ...(kind === "part" ? { amount: 10_000 } : {}) } }));
    }),
  ),
  fc.constantFrom<Who>("a", "b").map((who) => cmd(`withdraw(${who})`, (w) => quiet(`withdraw(${who})`, w, () => withdrawMember({ userId: w[who].userId, reason: "SELF" })))),
  fc.constantFrom<Who>("a", "b").map((who) => cmd(`ban(${who})`, (w) => quiet(`ban(${who})`, w, () => banMember({ actor: w.admin, input: { id: w[who].userId, reason: "모델 테스트" } })))),
  fc.constantFrom<Who>("a", "b").map((who) => cmd(`block(${who})`, (w) => quiet(`block(${who})`, w, () => blockMember({ actor: w[who], input: { userId: w[who === "a" ? "b" : "a"].userId } })))),
  fc.constant(
    cmd("matchExpires", async (w) => {
      await prisma.match.updateMany({ where: { id: w.matchId, status: "PENDING" }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
      await quiet("expire", w, () => expirePendingMatches());
    }),
  ),
  fc.constant(
    cmd("accountDueDatePasses", async (w) => {
      for (const t of await prisma.payment.findMany({ where: { matchId: w.matchId, status: "AWAITING_DEPOSIT" }, select: { paymentKey: true } })) {
        if (t.paymentKey) tossStub.expirePayment(t.paymentKey);
      }
      await jobLater(w, "reconcile (due date passed)", 25 * 60 * MINUTE);
    }),
  ),
  fc.constantFrom("lookup", "cancel").map((op) => cmd(`tossDown(${op})`, async () => tossStub.injectFault({ op: op as "lookup" | "cancel", status: 503, times: 2 }))),
  fc.constant(cmd("reconcileJob", (w) => jobLater(w, "reconcile", 40 * MINUTE))),
];
// the card path three times as often as the rest: most sequences then reach a charge before a life event ends the match
const commands = [...money, ...money, ...money, ...lifeAndAdmin];

let admin: Actor | null = null;
let seq = 0;
/** two fresh members with a PENDING match (written directly: the model is about money, not onboarding) */
async function world(): Promise<World> {
  tossStub.reset();
  admin ??= { userId: (await createMember({ role: "ADMIN" })).id, role: "ADMIN", status: "ACTIVE" };
  const users = await prisma.user.createManyAndReturn({
    data: (["M", "F"] as const).map((gender) => ({ name: `모델${++seq}`, gender, status: "MATCHING" as const, onboardedAt: new Date() })),
    select: { id: true },
  });
  const [a, b] = users.map((u): Actor => ({ userId: u.id, role: "MEMBER", status: "MATCHING" }));
  const match = await prisma.match.create({ data: { ...canonicalPair(a!.userId, b!.userId), status: "PENDING", expiresAt: new Date(Date.now() + 7 * 86_400_000) }, select: { id: true } });
  return { a: a!, b: b!, admin, matchId: match.id, log: [] };
}

/** Toss healthy again, delayed requests finished, the jobs run: what production reaches within minutes. */
async function drain(w: World) {
  tossStub.clearFaults();
  // a short client timeout on a loaded machine is itself a fault: run the job until nothing is in flight
  for (let i = 0; i < 6; i++) {
    await tossStub.idle();
    await reconcileTossPayments({ now: new Date(Date.now() + 40 * MINUTE) });
    const inFlight = await prisma.payment.count({ where: { matchId: w.matchId, OR: [{ status: { in: ["CLOSING", "REFUND_PENDING"] } }, { method: "TOSS", status: "PENDING" }] } });
    if (inFlight === 0) return;
  }
}

async function checkInvariants(w: World) {
  const payments = await prisma.payment.findMany({ where: { matchId: w.matchId }, select: { id: true, orderId: true, method: true, status: true, amount: true, refundedAmount: true, userId: true } });
  let kept = 0;
  for (const p of payments) {
    expect(["CLOSING", "REFUND_PENDING"], `order ${p.orderId} still in flight after the jobs ran`).not.toContain(p.status);
    if (p.method === "TOSS") expect(p.status, `card order ${p.orderId} still open after the jobs ran`).not.toBe("PENDING");
    const app = moneyOfApp(p);
    if (p.method === "TOSS" && p.status !== "NEEDS_REVIEW") {
      const toss = moneyOfToss(tossStub.paymentByOrderId(p.orderId) ?? null);
      const same = app.charged === toss.charged && app.refunded === toss.refunded && app.balance === toss.balance;
      expect(same, `order ${p.orderId} (${p.status}): the app records ${JSON.stringify(app)}, Toss holds ${JSON.stringify(toss)}`).toBe(true);
    }
    if (p.method === "TOSS" && p.status === "NEEDS_REVIEW") continue; // a person decides: parked, with the raw answer
    if (app.balance > 0) kept++;
    // no charge without a grant (PAID), a refund (REFUNDED / PARTIALLY_REFUNDED) or a parked review
    if (app.charged > 0) expect(["PAID", "PARTIALLY_REFUNDED", "REFUNDED"]).toContain(p.status);
    if (p.status === "PAID") expect(app.balance).toBe(p.amount);
  }
  // nobody paid twice for this match (a fee kept by two orders would be a double charge)
  expect(kept, "more than one order keeps money for one match").toBeLessThanOrEqual(1);
}

describe("payments model (fast-check commands against the use cases and the local Toss server)", () => {
  it(`keeps Toss and the app equal through ${RUNS} random sequences of faults and life events`, async () => {
    const params: fc.Parameters<[unknown]> = { numRuns: RUNS, verbose: 1 };
    if (process.env.MODEL_SEED) Object.assign(params, { seed: Number(process.env.MODEL_SEED), path: process.env.MODEL_PATH });
    const prop = fc.asyncProperty(fc.commands(commands, { maxCommands: 8, replayPath: process.env.MODEL_REPLAY }), async (cmds) => {
      const w = await world();
      try {
        await fc.asyncModelRun(() => ({ model: {}, real: w }), cmds);
        await drain(w);
        await checkInvariants(w);
      } catch (err) {
        throw new Error(`${(err as Error).message}\n  what happened:\n    ${w.log.join("\n    ")}`, { cause: err });
      }
    });
    const out = await fc.check(prop, params);
    if (out.failed) {
      const why = (out.errorInstance as Error | undefined)?.message ?? String(out.errorInstance);
      const replay = /replayPath="([^"]+)"/.exec(String(out.counterexample?.[0]))?.[1] ?? "";
      throw new Error(`money invariant broken — replay with MODEL_SEED=${out.seed} MODEL_PATH=${out.counterexamplePath} MODEL_REPLAY=${replay}\n${fc.defaultReportMessage(out)}\n${why}`);
    }
  }, 240_000);
});
