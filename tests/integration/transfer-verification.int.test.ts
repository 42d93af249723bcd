// The operator's 입금 확인 compares what they typed from the bank statement with the transfer's
// depositor code: a deposit under another name is refused with the reason and nothing is verified.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { canonicalPair } from "@/lib/matching/pair";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { carriesDepositCode, verifyPaymentOperation } from "@/lib/payments/verify-payment";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

describe("POST /api/admin/payments/{id}/verify: the depositor name", () => {
  it("refuses a name without the code (422, the reason named, still PENDING) and accepts it in any spacing or case", async () => {
    const [a, b, admin] = [await createMember(), await createMember(), await createMember({ role: "ADMIN" })];
    const match = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING" } });
    const intent = await callOp(createTransferIntentOperation, { as: a, body: { matchId: match.id } });
    const { id, depositCode } = intent.body.payment as { id: string; depositCode: string };
    const verify = async (depositorName: string) => callOp(verifyPaymentOperation, { as: admin, params: { id }, body: { depositorName } });

    const wrong = await verify("홍길동");
    expect(wrong.status).toBe(422);
    expect(wrong.error!.fields!.depositorName![0]).toContain(depositCode);
    expect(await prisma.payment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", verifiedAt: null });

    const typed = `${depositCode.toLowerCase().replaceAll("-", " ")} 홍길동`;
    const ok = await verify(typed);
    expect(ok.status).toBe(200);
    expect(await prisma.payment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PAID", depositorName: typed });
  });

  it("compares characters, not spacing or case", () => {
    expect(carriesDepositCode("KM-4821-QXT", "KM-4821-QXT")).toBe(true);
    expect(carriesDepositCode("김 km4821qxt", "KM-4821-QXT")).toBe(true);
    expect(carriesDepositCode("KM-4821-QXA", "KM-4821-QXT")).toBe(false);
    expect(carriesDepositCode("KM-4821", "KM-4821-QXT")).toBe(false);
  });
});
