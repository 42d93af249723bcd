// zod request/response schemas of the member account API.
import { z } from "zod";
import { strictObject } from "@/lib/core/parse";
import { ZMemberId } from "@/lib/core/ids";
import { ZOwnProfileDto, ZPreferencesDto } from "@/lib/profiles/schemas";
import { normalizePhone } from "@/lib/crypto/pii";
import { seoulToday } from "@/lib/core/seoul-time";
import { compareDates, parseIsoDate } from "./age";

export const ZSyncKakaoRequest = z.object({
  accessToken: z.string().min(1, "카카오 액세스 토큰이 필요합니다.").max(4096),
});

export const ZUserDto = z.object({
  id: z.string().uuid(),
  kakaoId: z.string().nullable(),
  nickname: z.string().nullable(),
  role: z.enum(["MEMBER", "ADMIN"]),
  status: z.enum(["ONBOARDING", "ACTIVE", "MATCHING", "MATCHED", "WITHDRAWN", "BANNED"]),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof ZUserDto>;

export function toUserDto(u: { id: string; kakaoId: string | null; name: string | null; role: UserDto["role"]; status: UserDto["status"]; createdAt: Date }): UserDto {
  return { id: u.id, kakaoId: u.kakaoId, nickname: u.name, role: u.role, status: u.status, createdAt: u.createdAt.toISOString() };
}

// ── Onboarding (POST /api/onboarding) ─────────────────────────────────────────

const mustAgree = (message: string) => z.literal(true, { error: message });

/**
 * With 본인인증 on (IDENTITY_VERIFICATION, docs/identity.md) name, phone, birth date and gender come from
 * the verified result and typed ones are ignored; with it off they are required (completeOnboarding).
 */
export const ZOnboardingRequest = strictObject({
  realName: z
    .string({ error: "이름을 입력해 주세요." })
    .trim()
    .min(2, "이름은 2자 이상으로 입력해 주세요.")
    .max(30, "이름은 30자 이하로 입력해 주세요.")
    .regex(/^[가-힣a-zA-Z]+(?: [가-힣a-zA-Z]+)*$/, "이름은 한글 또는 영문으로 입력해 주세요.")
    .optional(),
  phone: z
    .string({ error: "휴대폰 번호를 입력해 주세요." })
    .transform((v, ctx) => {
      const normalized = normalizePhone(v);
      if (!normalized) {
        ctx.addIssue({ code: "custom", message: "휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요." });
        return z.NEVER;
      }
      return normalized;
    })
    .optional(),
  birthDate: z
    .string({ error: "생년월일을 입력해 주세요." })
    .transform((v, ctx) => {
      const d = parseIsoDate(v.trim());
      if (!d || d.year < 1900 || compareDates(d, seoulToday()) > 0) {
        ctx.addIssue({ code: "custom", message: "생년월일을 올바르게 입력해 주세요. (예: 1992-05-17)" });
        return z.NEVER;
      }
      return d;
    })
    .optional(),
  gender: z.enum(["M", "F"], { error: "성별을 선택해 주세요." }).optional(),
  agreeTerms: mustAgree("이용약관에 동의해 주세요."),
  agreePrivacy: mustAgree("개인정보 수집·이용에 동의해 주세요."),
  agreeRefund: mustAgree("환불정책에 동의해 주세요."),
  confirmAdult: mustAgree("만 19세 이상임을 확인해 주세요."),
  /** optional, separate consent (개인정보 제3자 제공): show my phone to the partner of an ACTIVE match */
  agreeContactSharing: z.boolean().optional(),
});
export type OnboardingInput = z.infer<typeof ZOnboardingRequest>;

// ── Blocks (POST /api/blocks, GET /api/blocks, DELETE /api/blocks/{id}) ─────────────────────────

export const ZBlockRequest = strictObject({ userId: ZMemberId });
export const ZBlockIdParams = z.object({ id: z.guid().transform((v) => v.toLowerCase()) });

export const ZBlockDto = z.object({
  id: z.string(),
  userId: z.string(),
  /** the blocked member's public nickname (null once they withdrew or before they made a profile) */
  nickname: z.string().nullable(),
  createdAt: z.string(),
});
export type BlockDto = z.infer<typeof ZBlockDto>;

// ── GET /api/me ──────────────────────────────────────────────────────────────────────────────────

export const ZMeDto = z.object({
  user: ZUserDto,
  account: z.object({
    realName: z.string().nullable(),
    /** masked even to its owner */
    phone: z.string().nullable(),
    birthDate: z.string().nullable(),
    gender: z.enum(["M", "F"]).nullable(),
    onboardedAt: z.string().nullable(),
    /** 본인인증 완료 (name, birth date, phone and gender verified through PortOne) */
    identityVerified: z.boolean(),
  }),
  profile: ZOwnProfileDto.nullable(),
  preferences: ZPreferencesDto.nullable(),
  membership: z.object({ tier: z.enum(["FREE", "BASIC", "PREMIUM"]), expiresAt: z.string().nullable() }),
  status: ZUserDto.shape.status,
});
export type MeDto = z.infer<typeof ZMeDto>;
