// What the onboarding page shows about 본인인증 (docs/identity.md): switched off (typed details), still
// to do (with what requestIdentityVerification needs: store, channel, script URL, the member's
// binding), refused for good by an operator, or done (the verified details, to their owner only).
import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { decryptPiiOrNull } from "@/lib/crypto/pii";
import { fromDbDate } from "@/lib/members/age";
import { identityBinding } from "./keys";
import { hasUpheldRefusal } from "./exceptions";
import { IDENTITY_MESSAGES } from "./verify-identity";

export type IdentityRequest = { storeId: string; channelKey: string; sdkUrl: string; customData: string };
export type IdentityStatus =
  | { mode: "off" }
  | { mode: "todo"; request: IdentityRequest }
  | { mode: "refused"; message: string }
  | { mode: "verified"; name: string; birthDate: string; gender: "M" | "F" | null };

export async function identityStatusOf(userId: string): Promise<IdentityStatus> {
  if (env.IDENTITY_VERIFICATION !== "on") return { mode: "off" };
  const u = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { identityVerifiedAt: true, realNameEnc: true, birthDate: true, gender: true } });
  if (u.identityVerifiedAt) return { mode: "verified", name: decryptPiiOrNull(u.realNameEnc) ?? "", birthDate: u.birthDate ? fromDbDate(u.birthDate) : "", gender: u.gender };
  if (await hasUpheldRefusal(userId)) return { mode: "refused", message: IDENTITY_MESSAGES.upheld };
  return {
    mode: "todo",
    request: { storeId: env.PORTONE_STORE_ID, channelKey: env.PORTONE_IDENTITY_CHANNEL_KEY, sdkUrl: env.PORTONE_SDK_URL, customData: identityBinding(userId) },
  };
}
