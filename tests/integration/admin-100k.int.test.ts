// The admin console's reads as rewritten for 100,000 members (issue 25): the part-of-a-word search through
// the 1- and 2-letter pieces' GIN indexes keeps ILIKE's answers (case, 1 letter, wildcards taken
// literally, the Kakao name, combined with filters); ?page= skips rows on the keys alone and still lists
// what the cursors list; the dashboard's weeks are found by their bounds (Monday 00:00 in Seoul) and
// count what the per-row Seoul ISO week counted. Runs on PostgreSQL and on PGlite (no extension).
import { beforeAll, describe, expect, it } from "vitest";
import { PLAN_EACH_CALL, prisma, statementNameGenerator } from "@/lib/db";
import { listUsersOperation } from "@/lib/admin/list-users";
import { getAdminStats } from "@/lib/admin/get-stats";
import { addWeeks, weekStart } from "@/lib/core/week";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

let admin: Awaited<ReturnType<typeof createMember>>;
const list = (qs: string) => callOp(listUsersOperation, { as: admin, query: Object.fromEntries(new URLSearchParams(qs)) });
const idsOf = (json: { items: { id: string }[] }) => json.items.map((i) => i.id);
const named: Record<string, string> = {};

beforeAll(async () => {
  admin = await createMember({ role: "ADMIN", withProfile: false });
  const nick = async (nickname: string, opts: Parameters<typeof createMember>[0] = {}) => {
    const m = await createMember(opts);
    await prisma.profile.update({ where: { userId: m.id }, data: { nickname } });
    named[nickname] = m.id;
  };
  await nick("MoonCat", { gender: "F" });
  await nick("달빛고양이", { gender: "F" });
  await nick("달리는곰", { gender: "M" });
  await nick("100%_진심", { gender: "M" });
  await nick("100a진심", { gender: "M" });
  await nick("가나다나가", { gender: "M" });
  // a member without a profile is found by the Kakao name (shown as the nickname)
  const bare = await createMember({ withProfile: false });
  await prisma.user.update({ where: { id: bare.id }, data: { name: "초롱별님" } });
  named["초롱별님"] = bare.id;
});

describe("part-of-a-word search (GIN on the 1- and 2-letter pieces, then ILIKE)", () => {
  const found = async (q: string, extra = "") => new Set(idsOf((await list(`limit=100&query=${encodeURIComponent(q)}${extra}`)).body));

  it("finds 2-letter and longer Korean parts, ignores case, and takes % and _ literally", async () => {
    expect(await found("달빛")).toEqual(new Set([named["달빛고양이"]]));
    expect(await found("달")).toEqual(new Set([named["달빛고양이"], named["달리는곰"]]));
    expect(await found("빛고양이")).toEqual(new Set([named["달빛고양이"]]));
    expect(await found("moonc")).toEqual(new Set([named.MoonCat]));
    expect(await found("OONCA")).toEqual(new Set([named.MoonCat]));
    expect(await found("0%_")).toEqual(new Set([named["100%_진심"]]));
    expect(await found("0%")).toEqual(new Set([named["100%_진심"]]));
    // every piece present, but not side by side: no match
    expect(await found("달곰")).toEqual(new Set());
    expect(await found("고양달")).toEqual(new Set());
    // every 2-letter piece of 나가나 (나가, 가나) is in 가나다나가, the word is not: the ILIKE decides
    expect(await found("나가나")).toEqual(new Set());
    expect(await found("다나가")).toEqual(new Set([named["가나다나가"]]));
  });

  it("finds a member by a part of the Kakao name, and combines the search with the filters and the count", async () => {
    expect(await found("롱별")).toEqual(new Set([named["초롱별님"]]));
    expect(await found("달", "&gender=M")).toEqual(new Set([named["달리는곰"]]));
    const res = await list(`query=${encodeURIComponent("달")}&limit=1`);
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(1);
    const next = await list(`query=${encodeURIComponent("달")}&limit=1&cursor=${res.body.nextCursor}`);
    expect(new Set([...idsOf(res.body), ...idsOf(next.body)])).toEqual(new Set([named["달빛고양이"], named["달리는곰"]]));
    expect(next.body.nextCursor).toBeNull();
  });
});

describe("?page= (OFFSET on the keys, then the page's columns)", () => {
  it("lists what the cursors list, with a profile filter too, and nothing past the end", async () => {
    for (const filter of ["", "&region=서울", "&gender=M&sort=oldest"]) {
      const byCursor: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await list(`limit=2${filter}${cursor ? `&cursor=${cursor}` : ""}`);
        byCursor.push(...idsOf(res.body));
        cursor = res.body.nextCursor;
      } while (cursor);
      const byPage: string[] = [];
      for (let page = 1; page <= Math.ceil(byCursor.length / 2); page++) {
        const res = await list(`limit=2${filter}&page=${page}`);
        expect(res.body.page).toBe(page);
        expect(res.body.total, filter).toBe(byCursor.length);
        byPage.push(...idsOf(res.body));
      }
      expect(byPage, filter).toEqual(byCursor);
      const past = await list(`limit=2${filter}&page=${Math.ceil(byCursor.length / 2) + 1}`);
      expect(past.body.items).toEqual([]);
      expect(past.body.nextCursor).toBeNull();
    }
  });

  it("answers the page's columns for its own rows (profile fields, paid)", async () => {
    const m = await createMember({ gender: "F", region: "부산" });
    await prisma.payment.create({ data: { userId: m.id, purpose: "MEMBERSHIP", method: "TOSS", amount: 10000, status: "PAID", orderId: `o-100k-${m.id}`, orderName: "멤버십" } });
    const res = await list("page=1&limit=1");
    expect(res.body.items[0]).toMatchObject({ id: m.id, region: "부산", gender: "F", paid: true });
  });
});

describe("statements planned with each call's values", () => {
  it("are sent unnamed (never a cached generic plan); every other statement is named after its text", () => {
    expect(statementNameGenerator({ sql: `${PLAN_EACH_CALL} SELECT 1` })).toBeUndefined();
    expect(statementNameGenerator({ sql: "SELECT 1" })).toMatch(/^p_[\w-]{27}$/);
    expect(statementNameGenerator({ sql: "SELECT 1" })).toBe(statementNameGenerator({ sql: "SELECT 1" }));
  });
});

describe("the dashboard's weeks (bounds found by width_bucket)", () => {
  it("puts a sign-up and a payment at Monday 00:00 in Seoul in that week, 1 ms earlier in the week before, outside the 12 weeks nowhere", async () => {
    const now = new Date("2031-03-12T03:00:00Z"); // Wednesday of 2031-W11 in Seoul
    const w11 = weekStart("2031-W11");
    expect(w11.toISOString()).toBe("2031-03-09T15:00:00.000Z");
    const at = (ms: number) => new Date(w11.getTime() + ms);
    const WEEK = 7 * 86_400_000;
    const times = [at(0), at(-1), at(WEEK - 1), at(-11 * WEEK), at(-11 * WEEK - 1), at(WEEK)];
    for (const t of times) {
      const m = await createMember({ createdAt: t, withProfile: false });
      await prisma.payment.create({ data: { userId: m.id, purpose: "MEMBERSHIP", method: "TRANSFER", amount: 1000, status: "PAID", orderId: `o-w-${m.id}`, orderName: "멤버십", verifiedAt: t } });
    }
    const s = await getAdminStats({ actor: { userId: admin.id, role: "ADMIN", status: "ACTIVE" }, now });
    const signups = Object.fromEntries(s.signupsPerWeek.map((w) => [w.week, w.count]));
    const weeks = Array.from({ length: 12 }, (_, i) => addWeeks("2031-W11", i - 11));
    expect(weeks[0]).toBe("2030-W52");
    expect(s.signupsPerWeek.map((w) => w.week)).toEqual(weeks);
    expect(signups["2031-W11"]).toBe(2); // Monday 00:00 and Sunday 23:59:59.999 of W11
    expect(signups["2031-W10"]).toBe(1); // 1 ms before W11
    expect(signups["2030-W52"]).toBe(1); // the first week's Monday 00:00; 1 ms earlier and the next week are outside
    const pays = Object.fromEntries(s.paymentsPerWeek.map((w) => [w.week, w]));
    expect(pays["2031-W11"]).toEqual({ week: "2031-W11", count: 2, revenue: 2000 });
    expect(pays["2031-W10"]).toEqual({ week: "2031-W10", count: 1, revenue: 1000 });
    expect(s.paymentsPerWeek.reduce((n, w) => n + w.count, 0)).toBe(4);
    expect(s.signupsPerWeek.reduce((n, w) => n + w.count, 0)).toBe(4);
  });
});
