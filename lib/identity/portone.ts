// PortOne V2 identity verification, server side: GET /identity-verifications/{id} through
// @portone/server-sdk (PORTONE_API_BASE selects PortOne or the local stand-in, dev/portone), bounded
// by PORTONE_TIMEOUT_MS. Answers a small union the use case decides on; our own misconfiguration
// (401/403: wrong secret or store) and PortOne being down are UNAVAILABLE, logged without personal data.
import "server-only";
import { IdentityVerificationClient } from "@portone/server-sdk/identityVerification";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { AppError } from "@/lib/core/errors";

export type VerifiedPerson = { name: string; birthDate: string; phoneNumber: string | null; gender: "M" | "F" | null; ci: string };
export type PortOneLookup =
  | { status: "VERIFIED"; customData: string | null; person: VerifiedPerson }
  | { status: "READY"; customData: string | null }
  | { status: "FAILED"; customData: string | null; reason: string | null }
  | { status: "NOT_FOUND" };

const unavailable = () => new AppError("UNAVAILABLE", "본인인증 결과를 확인하지 못했어요. 잠시 후 다시 시도해 주세요.");

function client() {
  return IdentityVerificationClient({ secret: env.PORTONE_API_SECRET, baseUrl: env.PORTONE_API_BASE, storeId: env.PORTONE_STORE_ID });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("PortOne timeout"), { timeout: true })), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function lookupIdentityVerification(identityVerificationId: string): Promise<PortOneLookup> {
  let found;
  try {
    found = await withTimeout(client().getIdentityVerification({ identityVerificationId, storeId: env.PORTONE_STORE_ID }), env.PORTONE_TIMEOUT_MS);
  } catch (err) {
    const type = (err as { data?: { type?: string } }).data?.type;
    if (type === "IDENTITY_VERIFICATION_NOT_FOUND") return { status: "NOT_FOUND" };
    // the error's message may carry PortOne's text, never the member's details: log only its type
    logger.error({ portoneError: type ?? ((err as { timeout?: boolean }).timeout ? "TIMEOUT" : "NETWORK") }, "portone identity lookup failed");
    throw unavailable();
  }
  const customData = "customData" in found && typeof found.customData === "string" ? found.customData : null;
  if (found.status === "READY") return { status: "READY", customData };
  if (found.status === "FAILED") return { status: "FAILED", customData, reason: "failure" in found ? (found.failure.reason ?? found.failure.pgMessage ?? null) : null };
  if (found.status !== "VERIFIED" || !("verifiedCustomer" in found)) {
    logger.error({ portoneStatus: String(found.status) }, "portone identity lookup: unknown status");
    throw unavailable();
  }
  const c = found.verifiedCustomer;
  if (!c.ci || !c.birthDate || !c.name) return { status: "FAILED", customData, reason: "CI 또는 생년월일이 없는 인증 결과" };
  const gender = c.gender === "MALE" ? "M" : c.gender === "FEMALE" ? "F" : null;
  return { status: "VERIFIED", customData, person: { name: c.name, birthDate: c.birthDate, phoneNumber: c.phoneNumber ?? null, gender, ci: c.ci } };
}
