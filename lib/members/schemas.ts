// zod request/response schemas of the member account API.
import { z } from "zod";

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
