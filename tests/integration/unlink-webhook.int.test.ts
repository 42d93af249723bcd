// Kakao unlink webhook (POST|GET /api/webhooks/kakao/unlink): `Authorization: KakaoAK <admin key>`
// checked (401 otherwise, nothing changes), the linked member withdrawn through the same use case,
// unknown users answered 200, malformed payloads 422.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isKakaoAdminAuthorization } from "@/lib/members/kakao-unlink";
import { kakaoUnlinkGetOperation, kakaoUnlinkPostOperation } from "@/lib/members/kakao-unlink";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { stableUserRow, tableCounts } from "../helpers/member-state";

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = "application/x-www-form-urlencoded";
const kakaoAK = (key = env.KAKAO_ADMIN_KEY) => ({ authorization: `KakaoAK ${key}`, "content-type": FORM });

describe("Kakao unlink webhook", () => {
  it("refuses a missing or wrong admin key with 401 and changes nothing", async () => {
    const member = await createMember();
    const before = await stableUserRow(member.id);
    const payload = form({ app_id: "123456", user_id: member.kakaoId!, referrer_type: "UNLINK_FROM_APPS" });
    for (const headers of [
      { "content-type": FORM },
      kakaoAK("wrong-key"),
      kakaoAK(`${env.KAKAO_ADMIN_KEY}x`),
      { authorization: `Bearer ${env.KAKAO_ADMIN_KEY}`, "content-type": FORM },
      { authorization: "KakaoAK ", "content-type": FORM },
    ]) {
      const res = await callOp(kakaoUnlinkPostOperation, { headers, rawBody: payload });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.error?.code).toBe("UNAUTHENTICATED");
    }
    expect(await stableUserRow(member.id)).toEqual(before);
  });

  it("withdraws the linked member on POST (form body)", async () => {
    const member = await createMember();
    const res = await callOp(kakaoUnlinkPostOperation, { headers: kakaoAK(), rawBody: form({ app_id: "123456", user_id: member.kakaoId!, referrer_type: "UNLINK_FROM_APPS" }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(row).toMatchObject({ status: "WITHDRAWN", kakaoId: null, name: null, gender: null });
    expect(await prisma.profile.count({ where: { userId: member.id } })).toBe(0);
    expect(await prisma.preference.count({ where: { userId: member.id } })).toBe(0);

    // Kakao retries: the repeat finds no member with that id any more and still answers 200
    const retry = await callOp(kakaoUnlinkPostOperation, { headers: kakaoAK(), rawBody: form({ user_id: member.kakaoId!, referrer_type: "UNLINK_FROM_APPS" }) });
    expect(retry.status).toBe(200);
  });

  it("withdraws the linked member on GET (query string)", async () => {
    const member = await createMember();
    const query = { app_id: "123456", user_id: member.kakaoId!, referrer_type: "ACCOUNT_DELETE" };
    const res = await callOp(kakaoUnlinkGetOperation, { query, headers: { authorization: `KakaoAK ${env.KAKAO_ADMIN_KEY}` } });
    expect(res.status).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("WITHDRAWN");
  });

  it("answers 200 for an unknown Kakao user and writes nothing", async () => {
    await createMember();
    const counts = await tableCounts();
    const withdrawn = await prisma.user.count({ where: { status: "WITHDRAWN" } });
    const res = await callOp(kakaoUnlinkPostOperation, { headers: kakaoAK(), rawBody: form({ app_id: "1", user_id: "987654321012", referrer_type: "UNLINK_FROM_ADMIN" }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(await tableCounts()).toEqual(counts);
    expect(await prisma.user.count({ where: { status: "WITHDRAWN" } })).toBe(withdrawn);
  });

  it("answers a malformed payload with 422 and writes nothing", async () => {
    const member = await createMember();
    const before = await stableUserRow(member.id);
    for (const payload of [form({ app_id: "1" }), form({ user_id: "abc" }), form({ user_id: "-5" })]) {
      const res = await callOp(kakaoUnlinkPostOperation, { headers: kakaoAK(), rawBody: payload });
      expect(res.status, payload).toBe(422);
      expect(res.error?.code).toBe("VALIDATION_FAILED");
    }
    expect(await stableUserRow(member.id)).toEqual(before);
  });

  it("compares the admin key in constant time over equal-length digests", () => {
    expect(isKakaoAdminAuthorization(`KakaoAK ${env.KAKAO_ADMIN_KEY}`)).toBe(true);
    expect(isKakaoAdminAuthorization(`KakaoAK  ${env.KAKAO_ADMIN_KEY} `)).toBe(true);
    expect(isKakaoAdminAuthorization(null)).toBe(false);
    expect(isKakaoAdminAuthorization("KakaoAK")).toBe(false);
    expect(isKakaoAdminAuthorization(`kakaoak ${env.KAKAO_ADMIN_KEY}`)).toBe(false);
  });
});
