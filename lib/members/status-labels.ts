// Korean labels for member states (seed A's 매칭전/매칭중/매칭완료).
import type { UserStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<UserStatus, string> = {
  ONBOARDING: "가입 진행중",
  ACTIVE: "매칭전",
  MATCHING: "매칭중",
  MATCHED: "매칭완료",
  WITHDRAWN: "탈퇴",
  BANNED: "이용정지",
};
