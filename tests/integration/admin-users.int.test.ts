// GET /api/admin/users and its CSV export on seeded data: search (nickname, Kakao id, exact phone and
// real name through the blind indexes), every filter, keyset pagination through the whole list (no
// gaps, no repeats, same order as page numbers), and the CSV (BOM, Korean header, the same filter).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { blindIndex, encryptPii } from "@/lib/crypto/pii";
import { backfillNameIndex } from "@/lib/admin/backfill-name-index";
import { exportUsersCsvOperation } from "@/lib/admin/export-users-csv";
import { listUsersOperation } from "@/lib/admin/list-users";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { createSearchOperation, openSearch, sealSearch, SEARCH_TOKEN_TTL_MS } from "@/lib/admin/search-token";

let admin: Awaited<ReturnType<typeof createMember>>;
const ids: string[] = [];
const DAY = 86_400_000;
const base = Date.UTC(2026, 0, 1);
const thisYear = new Date().getUTCFullYear();

beforeAll(async () => {
  admin = await createMember({ role: "ADMIN", withProfile: false });
  // 30 members, one per day, alternating genders; regions, tiers and statuses vary
  for (let i = 0; i < 30; i++) {
    const m = await createMember({ gender: i % 2 ? "F" : "M", region: i % 3 === 0 ? "부산" : "서울", createdAt: new Date(base + i * DAY), birthYear: 1980 + i });
    await prisma.user.update({
      where: { id: m.id },
      data: {
        birthDate: new Date(Date.UTC(1980 + i, 0, 1)),
        membershipTier: i % 5 === 0 ? "PREMIUM" : "FREE",
        status: i % 7 === 0 ? "MATCHING" : "ACTIVE",
        ...(i === 4 ? { phoneHash: blindIndex("01099998888"), realNameHash: blindIndex("성춘향"), kakaoId: "424242" } : {}),
      },
    });
    if (i % 4 === 0) await prisma.payment.create({ data: { userId: m.id, purpose: "MEMBERSHIP", method: "TOSS", amount: 10000, status: "PAID", orderId: `o-${m.id}`, orderName: "멤버십" } });
    ids.push(m.id);
  }
  await prisma.profile.update({ where: { userId: ids[7] }, data: { nickname: "달빛고양이" } });
});

const list = (qs: string) => callOp(listUsersOperation, { as: admin, query: Object.fromEntries(new URLSearchParams(qs)) });
const idsOf = (json: { items: { id: string }[] }) => json.items.map((i) => i.id);

describe("GET /api/admin/users", () => {
  it("pages through everyone with cursors: newest first, no gaps or repeats, same as page numbers", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(`limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(cursor ? null : 30);
      seen.push(...idsOf(res.body));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual([...ids].reverse());
    const page3 = await list("limit=7&page=3");
    expect(idsOf(page3.body)).toEqual(seen.slice(14, 21));
    const oldest = await list("limit=5&sort=oldest");
    expect(idsOf(oldest.body)).toEqual(ids.slice(0, 5));
    const next = await list(`limit=5&sort=oldest&cursor=${oldest.body.nextCursor}`);
    expect(idsOf(next.body)).toEqual(ids.slice(5, 10));
    expect((await list("cursor=garbage")).status).toBe(422);
  });

  it("filters by gender, tier, paid, matched, status, region and age", async () => {
    const expectIds = async (qs: string, pick: (i: number) => boolean) => {
      const res = await list(`limit=100&${qs}`);
      expect(res.status, qs).toBe(200);
      expect(new Set(idsOf(res.body)), qs).toEqual(new Set(ids.filter((_, i) => pick(i))));
      expect(res.body.total, qs).toBe(ids.filter((_, i) => pick(i)).length);
    };
    await expectIds("gender=F", (i) => i % 2 === 1);
    await expectIds("membership=PREMIUM", (i) => i % 5 === 0);
    await expectIds("paid=true", (i) => i % 4 === 0);
    await expectIds("paid=false", (i) => i % 4 !== 0);
    await expectIds("matched=true", (i) => i % 7 === 0);
    await expectIds("status=ACTIVE&gender=M", (i) => i % 7 !== 0 && i % 2 === 0);
    await expectIds("region=부산", (i) => i % 3 === 0);
    // born 1 January 1980 + i: full age today is thisYear − (1980 + i)
    await expectIds("ageMin=30&ageMax=35", (i) => thisYear - (1980 + i) >= 30 && thisYear - (1980 + i) <= 35);
    expect((await list("ageMin=40&ageMax=30")).status).toBe(422);
    expect((await list("status=SLEEPING")).status).toBe(422);
  });

  it("finds a member by exact phone, exact real name, Kakao id or part of the nickname", async () => {
    for (const q of ["010-9999-8888", "01099998888", "성춘향", "424242"]) {
      const res = await list(`query=${encodeURIComponent(q)}`);
      expect(idsOf(res.body), q).toEqual([ids[4]]);
    }
    expect(idsOf((await list(`query=${encodeURIComponent("빛고양")}`)).body)).toEqual([ids[7]]);
    expect((await list(`query=${encodeURIComponent("010-9999-0000")}`)).body.items).toHaveLength(0);
    expect((await list(`query=${encodeURIComponent("성춘")}`)).body.items).toHaveLength(0);
  });

  it("searches by phone or real name through a sealed token: the term never appears in the URL; a forged or expired token is refused", async () => {
    for (const term of ["010-9999-8888", "성춘향"]) {
      const sealed = await callOp(createSearchOperation, { as: admin, body: { query: term, filters: "gender=F&query=leak&sort=newest" } });
      expect(sealed.status).toBe(200);
      const location = sealed.body.location;
      expect(location).not.toContain(encodeURIComponent(term));
      expect(location).not.toContain("9999");
      expect(location).not.toContain("query=");
      const q = new URL(location, "http://x").searchParams.get("q")!;
      expect(idsOf((await list(`q=${encodeURIComponent(q)}`)).body)).toEqual([ids[4]]);
    }
    const forged = await list(`q=${encodeURIComponent("AAAA" + "B".repeat(40))}`);
    expect(forged.status).toBe(422);
    const old = sealSearch("성춘향", new Date(Date.now() - 2 * SEARCH_TOKEN_TTL_MS));
    expect((await list(`q=${encodeURIComponent(old)}`)).status).toBe(422);
    expect(openSearch(sealSearch("성춘향"))).toBe("성춘향");
  });
});

describe("GET /api/admin/users/export.csv", () => {
  it("streams the filtered list as UTF-8 CSV with a BOM and Korean headers, audited, rate-limited", async () => {
    const before = await prisma.adminAction.count({ where: { action: "USERS_EXPORTED" } });
    const res = await callOp(exportUsersCsvOperation, { as: admin, query: { gender: "F", region: "서울" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(res.bytes.slice(3));
    const lines = text.split("\r\n").filter(Boolean);
    // + the marriage profile after 지역 (issue 21; never the income band)
    expect(lines[0]).toBe("회원ID,카카오ID,닉네임,성별,나이,지역,학력,직업 분야,종교,흡연,음주,결혼 경험,자녀,희망 결혼 시기,상태,회원등급,등급만료일,결제여부,매칭횟수,상담횟수,최근상담일,가입일");
    const expected = ids.filter((_, i) => i % 2 === 1 && i % 3 !== 0);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([...expected].reverse());
    expect(lines[1]).toContain(",여,");
    expect(await prisma.adminAction.count({ where: { action: "USERS_EXPORTED" } })).toBe(before + 1);

    let last = 0;
    for (let i = 0; i < 10; i++) last = (await callOp(exportUsersCsvOperation, { as: admin })).status;
    expect(last).toBe(429);
  });
});

describe("realNameHash backfill (scripts/backfill-name-index.ts)", () => {
  it("indexes names of members who onboarded before the column existed, once", async () => {
    const old = await createMember();
    await prisma.user.update({ where: { id: old.id }, data: { realNameEnc: encryptPii("이몽룡"), realNameHash: null } });
    expect((await list(`query=${encodeURIComponent("이몽룡")}`)).body.items).toHaveLength(0);
    const first = await backfillNameIndex({ batch: 2 });
    expect(first.updated).toBeGreaterThanOrEqual(1);
    expect(idsOf((await list(`query=${encodeURIComponent("이몽룡")}`)).body)).toEqual([old.id]);
    expect((await backfillNameIndex()).updated).toBe(0);
  });
});
