// The local Solapi server (dev/solapi) holds the app to Solapi's contract: the HMAC-SHA256 signature
// (key, secret, date window, single-use salt), the registered sender, pfId and 알림톡 templates with
// their variables filled exactly, and its failure modes per recipient.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSolapiStub, type SolapiStub } from "@/dev/solapi/server";
import { solapiAuthorization } from "@/lib/notifications/solapi";

const KEY = "k-test";
const SECRET = "s-test";
let stub: SolapiStub;
beforeAll(async () => {
  stub = await startSolapiStub({ apiKey: KEY, apiSecret: SECRET, pfId: "PF1", sender: "0212345678", templates: [{ code: "T1", text: "#{닉네임}님, 안녕하세요." }], reportDelayMs: 600_000 });
});
afterAll(() => stub.close());

const send = (messages: unknown[], auth = solapiAuthorization(KEY, SECRET)) =>
  fetch(`${stub.url}/messages/v4/send-many/detail`, { method: "POST", headers: { "content-type": "application/json", authorization: auth }, body: JSON.stringify({ messages, showMessageList: true }) });
const ata = (to: string, text: string, templateId = "T1", variables: Record<string, string> = { "#{닉네임}": "하늘" }) => ({
  to,
  from: "0212345678",
  type: "ATA",
  text,
  kakaoOptions: { pfId: "PF1", templateId, variables, disableSms: true },
});

describe("local Solapi server", () => {
  it("refuses a wrong secret, a stale date and a reused salt", async () => {
    expect((await send([ata("01012341234", "하늘님, 안녕하세요.")], solapiAuthorization(KEY, "wrong"))).status).toBe(401);
    expect((await send([ata("01012341234", "하늘님, 안녕하세요.")], solapiAuthorization(KEY, SECRET, new Date(Date.now() - 3_600_000).toISOString()))).status).toBe(401);
    const auth = solapiAuthorization(KEY, SECRET);
    expect((await send([ata("01012341234", "하늘님, 안녕하세요.")], auth)).status).toBe(200);
    expect(((await (await send([ata("01012341234", "하늘님, 안녕하세요.")], auth)).json()) as { errorCode: string }).errorCode).toBe("DuplicatedSignature");
  });

  it("accepts a registered template filled exactly; refuses an unknown template, other words or an unfilled variable", async () => {
    const ok = (await (await send([ata("01012341234", "하늘님, 안녕하세요.")])).json()) as { messageList: { messageId: string }[]; failedMessageList: unknown[] };
    expect(ok.failedMessageList).toEqual([]);
    expect(ok.messageList[0]!.messageId).toMatch(/^M4V/);
    const codes = async (m: unknown) => ((await (await send([m])).json()) as { failedMessageList: { statusCode: string }[] }).failedMessageList.map((f) => f.statusCode);
    expect(await codes(ata("01012341234", "하늘님, 안녕하세요.", "T9"))).toEqual(["3012"]);
    expect(await codes(ata("01012341234", "하늘님, 반가워요."))).toEqual(["3034"]);
    expect(await codes(ata("01012341234", "#{닉네임}님, 안녕하세요.", "T1", {}))).toEqual(["3034"]);
    expect(await codes({ ...ata("01012341234", "하늘님, 안녕하세요."), kakaoOptions: { pfId: "OTHER", templateId: "T1", variables: { "#{닉네임}": "하늘" } } })).toEqual(["3011"]);
  });

  it("fails 알림톡 for numbers ending 9999 (SMS works), everything for 8888; answers 500 when told to", async () => {
    const codes = async (m: unknown) => ((await (await send([m])).json()) as { failedMessageList: { statusCode: string }[] }).failedMessageList.map((f) => f.statusCode);
    expect(await codes(ata("01012349999", "하늘님, 안녕하세요."))).toEqual(["3104"]);
    expect(await codes({ to: "01012349999", from: "0212345678", type: "SMS", text: "안녕" })).toEqual([]);
    expect(await codes({ to: "01012348888", from: "0212345678", type: "SMS", text: "안녕" })).toEqual(["1062"]);
    stub.failNext(500, 1);
    expect((await send([ata("01012341234", "하늘님, 안녕하세요.")])).status).toBe(500);
    expect((await send([ata("01012341234", "하늘님, 안녕하세요.")])).status).toBe(200);
  });

  it("reports delivery in the message list: …7777 is accepted, then reported 3104 once the report is final; others 4000", async () => {
    const ids = async (m: unknown) => ((await (await send([m])).json()) as { messageList: { messageId: string }[] }).messageList.map((x) => x.messageId);
    const [bad] = await ids(ata("01012347777", "하늘님, 안녕하세요."));
    const [good] = await ids(ata("01012341234", "하늘님, 안녕하세요."));
    const [sms] = await ids({ to: "01012347777", from: "0212345678", type: "SMS", text: "안녕" });
    const list = async () => {
      const url = `${stub.url}/messages/v4/list?messageIds=${bad}&messageIds=${good}&messageIds=${sms}`;
      const res = await fetch(url, { headers: { authorization: solapiAuthorization(KEY, SECRET) } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { messageList: Record<string, { statusCode: string; status: string }> }).messageList;
    };
    expect(Object.values(await list()).map((m) => m.statusCode)).toEqual(["3000", "3000", "3000"]);
    stub.settleReports();
    const final = await list();
    expect([final[bad!]!.statusCode, final[bad!]!.status]).toEqual(["3104", "FAILED"]);
    expect([final[good!]!.statusCode, final[good!]!.status]).toEqual(["4000", "COMPLETE"]);
    expect(final[sms!]!.statusCode).toBe("4000");
    expect((await fetch(`${stub.url}/messages/v4/list?messageIds=${bad}`)).status).toBe(401);
  });
});
