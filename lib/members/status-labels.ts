// Korean labels for member facts: states and gender.
import type { Gender, UserStatus } from "@/lib/generated/prisma/enums";

export const GENDER_LABEL: Record<Gender, string> = { M: "남성", F: "여성" };

export const STATUS_LABEL: Record<UserStatus, string> = {
  ONBOARDING: "가입 진행 중",
  ACTIVE: "매칭 전",
  MATCHING: "매칭 중",
  MATCHED: "매칭 완료",
  WITHDRAWN: "탈퇴",
  BANNED: "이용 정지",
};
