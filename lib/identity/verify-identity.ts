// POST /api/identity/verify use case (docs/identity.md): after PortOne's 본인인증 window, the server
// fetches the result itself (the browser's word is never taken), checks it belongs to this member
// (customData), then refuses under-19s, a banned person (CI or phone), a second account of the same
// person (CI) and a phone held by another account — each refusal recorded for the operators — and
// stores the verified name, birth date, phone and gender (PII encrypted) with the CI's keyed hash.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { strictObject } from "@/lib/core/parse";
import { blindIndex, encryptPii, normalizePhone } from "@/lib/crypto/pii";
import { env } from "@/lib/env";
import { fullAge, parseIsoDate, toDbDate } from "@/lib/members/age";
import { MINIMUM_AGE } from "@/lib/members/legal-versions";
import { isUniqueViolation } from "@/lib/members/unique-violation";
import { lookupIdentityVerification } from "./portone";
import { ciHash, identityBinding } from "./keys";
import { hasUpheldRefusal, recordIdentityException } from "./exceptions";

export const ZVerifyIdentityRequest = strictObject({
  identityVerificationId: z.string({ error: "본인인증 번호가 필요해요." }).regex(/^[A-Za-z0-9_-]{1,100}$/, "본인인증 번호가 올바르지 않아요."),
});
export const ZVerifyIdentityResult = z.object({ verifiedAt: z.string() });

const notFound = () => new AppError("NOT_FOUND", "본인인증 내역을 찾을 수 없어요. 본인인증을 다시 진행해 주세요.");
export const IDENTITY_MESSAGES = {
  duplicate: "이미 가입된 분이에요. 처음 가입하신 카카오 계정으로 로그인해 주세요. 계정이 기억나지 않으시면 고객센터로 문의해 주세요.",
  banned: "이용이 제한된 분은 다시 가입할 수 없어요. 궁금한 점은 고객센터로 문의해 주세요.",
  underAge: `만 ${MINIMUM_AGE}세 이상만 가입할 수 있어요.`,
  phoneInUse: "인증하신 휴대폰 번호가 이미 다른 계정에 등록되어 있어요. 고객센터로 문의해 주세요.",
  failed: "본인인증을 마치지 못했어요. 다시 시도해 주세요.",
  upheld: "본인인증 확인 결과 가입할 수 없어요. 궁금한 점은 고객센터로 문의해 주세요.",
} as const;

export async function verifyIdentity({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZVerifyIdentityRequest>; now?: Date }) {
  if (env.IDENTITY_VERIFICATION !== "on") throw new AppError("CONFLICT", "본인인증을 사용하지 않는 설정이에요. 가입 정보를 직접 입력해 주세요.");
  if (actor.status !== "ONBOARDING") throw new AppError("CONFLICT", "이미 가입을 마쳤어요.");
  const me = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { identityVerifiedAt: true } });
  if (me.identityVerifiedAt) throw new AppError("CONFLICT", "이미 본인인증을 마쳤어요.");
  if (await hasUpheldRefusal(actor.userId)) throw new AppError("FORBIDDEN", IDENTITY_MESSAGES.upheld);

  const found = await lookupIdentityVerification(input.identityVerificationId);
  // someone else's verification (or a made-up id) names nothing this member may use
  if (found.status === "NOT_FOUND" || found.customData !== identityBinding(actor.userId)) throw notFound();
  if (found.status === "READY") throw new AppError("CONFLICT", "본인인증이 아직 끝나지 않았어요. 인증 창에서 마저 진행해 주세요.");
  const refuse = async (reason: Parameters<typeof recordIdentityException>[1], error: AppError, extra: { relatedUserId?: string | null; detail?: string | null } = {}) => {
    await recordIdentityException(actor.userId, reason, { ...extra, now });
    return error;
  };
  if (found.status === "FAILED") throw await refuse("FAILED", new AppError("VALIDATION_FAILED", IDENTITY_MESSAGES.failed), { detail: found.reason });

  const person = found.person;
  const birth = parseIsoDate(person.birthDate);
  if (!birth) throw await refuse("FAILED", new AppError("VALIDATION_FAILED", IDENTITY_MESSAGES.failed), { detail: "생년월일 형식 오류" });
  if (fullAge(birth, now) < MINIMUM_AGE) throw await refuse("UNDER_AGE", new AppError("FORBIDDEN", IDENTITY_MESSAGES.underAge));

  const ci = ciHash(person.ci);
  const phone = person.phoneNumber ? normalizePhone(person.phoneNumber) : null;
  const phoneHash = phone ? blindIndex(phone) : null;
  if (await prisma.bannedIdentity.findUnique({ where: { ciHash: ci }, select: { ciHash: true } })) throw await refuse("BANNED", new AppError("FORBIDDEN", IDENTITY_MESSAGES.banned));
  if (phoneHash && (await prisma.bannedPhone.findUnique({ where: { phoneHash }, select: { phoneHash: true } }))) throw await refuse("BANNED", new AppError("FORBIDDEN", IDENTITY_MESSAGES.banned));
  // withdrawn members' CI hashes are erased unless they were banned (docs/data-retention.md)
  const holder = await prisma.user.findFirst({ where: { ciHash: ci, id: { not: actor.userId } }, select: { id: true, status: true } });
  if (holder?.status === "BANNED" || (holder?.status === "WITHDRAWN")) throw await refuse("BANNED", new AppError("FORBIDDEN", IDENTITY_MESSAGES.banned), { relatedUserId: holder.id });
  if (holder) throw await refuse("DUPLICATE_CI", new AppError("CONFLICT", IDENTITY_MESSAGES.duplicate), { relatedUserId: holder.id });
  const phoneHolder = phoneHash ? await prisma.user.findFirst({ where: { phoneHash, id: { not: actor.userId } }, select: { id: true, status: true } }) : null;
  if (phoneHolder?.status === "BANNED" || phoneHolder?.status === "WITHDRAWN") throw await refuse("BANNED", new AppError("FORBIDDEN", IDENTITY_MESSAGES.banned), { relatedUserId: phoneHolder.id });
  if (phoneHolder) throw await refuse("PHONE_IN_USE", new AppError("CONFLICT", IDENTITY_MESSAGES.phoneInUse), { relatedUserId: phoneHolder.id });

  // the checks above give a friendly answer; the unique indexes on ciHash and phoneHash decide races
  const { count } = await prisma.user
    .updateMany({
      where: { id: actor.userId, status: "ONBOARDING", identityVerifiedAt: null },
      data: {
        realNameEnc: encryptPii(person.name),
        realNameHash: blindIndex(person.name),
        phoneEnc: phone ? encryptPii(phone) : null,
        phoneHash,
        birthDate: toDbDate(birth),
        gender: person.gender,
        ciHash: ci,
        identityVerifiedAt: now,
      },
    })
    .catch(async (err: unknown) => {
      if (isUniqueViolation(err, "ciHash")) throw await refuse("DUPLICATE_CI", new AppError("CONFLICT", IDENTITY_MESSAGES.duplicate));
      if (isUniqueViolation(err, "phoneHash")) throw await refuse("PHONE_IN_USE", new AppError("CONFLICT", IDENTITY_MESSAGES.phoneInUse));
      throw err;
    });
  if (count !== 1) throw new AppError("CONFLICT", "이미 본인인증을 마쳤어요.");
  return { verifiedAt: now.toISOString() };
}

export const verifyIdentityOperation = defineOperation({
  method: "POST",
  path: "/api/identity/verify",
  access: "onboarding",
  tag: "members",
  summary: "본인인증 결과 확인 (PortOne에서 조회해 실명·생년월일·휴대폰·성별을 확정, 중복·이용정지·만 19세 미만 거절)",
  body: ZVerifyIdentityRequest,
  output: ZVerifyIdentityResult,
  rateLimit: { name: "identity-verify", limit: 20, windowMs: 10 * 60_000, by: "actor" },
  run: verifyIdentity,
});
