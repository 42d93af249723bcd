// POST /api/admin/users/{id}/pii: decrypts one member's real name, phone and birth date for an admin
// who explicitly asked (the "개인정보 보기" button), and records it (PII_VIEWED) in the same
// transaction as the read. PII is decrypted only here, never on list or detail views, so every
// decryption has a reason and an audit row; a POST because it writes that row.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { decryptPiiOrNull, formatPhone } from "@/lib/crypto/pii";
import { fromDbDate } from "@/lib/members/age";
import { recordAdminAction } from "@/lib/core/audit";
import { ZIdParams } from "./schemas";

export const ZRevealedPii = z.object({ realName: z.string().nullable(), phone: z.string().nullable(), birthDate: z.string().nullable() });
export type RevealedPii = z.infer<typeof ZRevealedPii>;

export async function revealPii({ actor, input }: { actor: Actor; input: { id: string } }): Promise<RevealedPii> {
  return prisma.$transaction(async (tx) => {
    const u = await tx.user.findUnique({ where: { id: input.id }, select: { realNameEnc: true, phoneEnc: true, birthDate: true } });
    if (!u) throw notFound("회원");
    const phone = decryptPiiOrNull(u.phoneEnc);
    const out = { realName: decryptPiiOrNull(u.realNameEnc), phone: phone ? formatPhone(phone) : null, birthDate: u.birthDate ? fromDbDate(u.birthDate) : null };
    const fields = Object.entries(out).filter(([, v]) => v !== null).map(([k]) => k);
    await recordAdminAction(tx, { adminId: actor.userId, action: "PII_VIEWED", targetType: "User", targetId: input.id, detail: { fields } });
    return out;
  });
}

export const revealPiiOperation = defineOperation({
  method: "POST",
  path: "/api/admin/users/{id}/pii",
  access: "admin",
  tag: "admin",
  summary: "회원 개인정보(실명·휴대폰·생년월일) 열람 — 열람 기록이 남습니다",
  params: ZIdParams,
  output: ZRevealedPii,
  run: revealPii,
});
