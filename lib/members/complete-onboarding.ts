// POST /api/onboarding use case: the legal agreements of a member still ONBOARDING, with their
// identity: already verified through 본인인증 (IDENTITY_VERIFICATION=on, lib/identity/verify-identity.ts)
// or, where verification is switched off, the typed real name, phone, birth date and gender. Refuses
// under-19s and banned phone numbers before anything is written; then PII (encrypted), the consent
// record and status ACTIVE in one transaction.
import { prisma } from "@/lib/db";
import { blindIndex, encryptPii } from "@/lib/crypto/pii";
import type { Actor } from "@/lib/core/actor";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { recordContactConsent } from "@/lib/matching/contact-consent";
import { fullAge, toDbDate } from "./age";
import { MINIMUM_AGE, PRIVACY_VERSION, REFUND_VERSION, TERMS_VERSION } from "./legal-versions";
import { toUserDto, ZOnboardingRequest, ZUserDto, type OnboardingInput } from "./schemas";
import { signInUserSelect } from "./upsert-kakao-member";
import { isUniqueViolation } from "./unique-violation";

const alreadyDone = () => new AppError("CONFLICT", "이미 가입을 마쳤어요. 내 정보에서 확인해 주세요.");
const phoneTaken = () => new AppError("CONFLICT", "이미 다른 계정으로 가입된 휴대폰 번호예요. 번호를 확인하시거나 고객센터로 문의해 주세요.", { fields: { phone: ["이미 다른 계정으로 가입된 휴대폰 번호예요. 번호를 확인하시거나 고객센터로 문의해 주세요."] } });

const bannedPhone = () => new AppError("FORBIDDEN", "가입이 제한된 휴대폰 번호예요. 궁금한 점은 고객센터로 문의해 주세요.");

const required = (field: string, message: string) => new AppError("VALIDATION_FAILED", message, { fields: { [field]: [message] } });

/** The identity onboarding writes: typed (verification off) or nothing (already written by 본인인증). */
async function identityOf(actor: Actor, input: OnboardingInput, now: Date) {
  if (env.IDENTITY_VERIFICATION === "on") {
    const me = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { identityVerifiedAt: true, birthDate: true } });
    if (!me.identityVerifiedAt || !me.birthDate) throw new AppError("CONFLICT", "먼저 휴대폰 본인인증을 해 주세요.");
    // the verified birth date decided 19+ at verification; checked again in case the day is long past
    const b = me.birthDate;
    if (fullAge({ year: b.getUTCFullYear(), month: b.getUTCMonth() + 1, day: b.getUTCDate() }, now) < MINIMUM_AGE) throw new AppError("FORBIDDEN", `만 ${MINIMUM_AGE}세 이상만 가입할 수 있어요.`);
    return null;
  }
  const { realName, phone, birthDate, gender } = input;
  if (!realName) throw required("realName", "이름을 입력해 주세요.");
  if (!phone) throw required("phone", "휴대폰 번호를 입력해 주세요.");
  if (!birthDate) throw required("birthDate", "생년월일을 입력해 주세요.");
  if (!gender) throw required("gender", "성별을 선택해 주세요.");
  if (fullAge(birthDate, now) < MINIMUM_AGE) throw required("birthDate", `만 ${MINIMUM_AGE}세 이상만 가입할 수 있어요. 생년월일을 확인해 주세요.`);

  const phoneHash = blindIndex(phone);
  if (await prisma.bannedPhone.findUnique({ where: { phoneHash }, select: { phoneHash: true } })) throw bannedPhone();
  // one live account per phone number (withdrawn members' indexes are erased, so they may rejoin)
  const holder = await prisma.user.findFirst({
    where: { phoneHash, id: { not: actor.userId }, status: { not: "WITHDRAWN" } },
    select: { status: true },
  });
  // "banned" is one fact: the status (bannedAt/banReason are its details)
  if (holder?.status === "BANNED") throw bannedPhone();
  if (holder) throw phoneTaken();
  return {
    realNameEnc: encryptPii(realName),
    phoneEnc: encryptPii(phone),
    phoneHash,
    // blind index of the exact name, for the admin's name search (never decrypt a table to search it)
    realNameHash: blindIndex(realName),
    birthDate: toDbDate(birthDate),
    gender,
  };
}

export async function completeOnboarding({ actor, input, now = new Date() }: { actor: Actor; input: OnboardingInput; now?: Date }) {
  if (actor.status !== "ONBOARDING") throw alreadyDone();
  const typed = await identityOf(actor, input, now);

  // the check above is only for a friendly answer: concurrent onboardings with one phone all pass it,
  // and the unique index "User_phoneHash_key" lets exactly one of them commit
  const user = await prisma.$transaction(async (tx) => {
    // conditional on ONBOARDING: a concurrent second submission updates nothing and gets 409
    const updated = await tx.user.updateMany({
      where: { id: actor.userId, status: "ONBOARDING" },
      data: { ...typed, status: "ACTIVE", onboardedAt: now },
    });
    if (updated.count !== 1) throw alreadyDone();
    await tx.consent.create({
      data: {
        userId: actor.userId,
        termsVersion: TERMS_VERSION,
        privacyVersion: PRIVACY_VERSION,
        refundVersion: REFUND_VERSION,
        adultConfirmed: input.confirmAdult,
        agreedAt: now,
      },
    });
    if (input.agreeContactSharing) await recordContactConsent(tx, actor.userId, "ONBOARDING", now);
    return tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: signInUserSelect });
  }).catch((err: unknown) => {
    throw isUniqueViolation(err, "phoneHash") ? phoneTaken() : err;
  });
  return { user: toUserDto(user) };
}

export const completeOnboardingOperation = defineOperation({
  method: "POST",
  path: "/api/onboarding",
  access: "onboarding",
  tag: "members",
  summary: "가입 정보 제출 (실명, 휴대폰, 생년월일, 성별, 약관 동의, 만 19세 이상 확인)",
  body: ZOnboardingRequest,
  output: z.object({ user: ZUserDto }),
  rateLimit: { name: "onboarding", limit: 30, windowMs: 10 * 60_000, by: "ip" },
  run: completeOnboarding,
});
