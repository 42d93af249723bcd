// The keyed values of 본인인증 (docs/identity.md). The CI (a person's lifelong identifier) is never
// stored: only its HMAC under the blind-index key, domain-separated from the phone and name indexes.
// customData binds a PortOne verification to the member who opened it, without sending our user id.
import "server-only";
import { blindIndex } from "@/lib/crypto/pii";

/** User.ciHash / BannedIdentity.ciHash of a CI */
export const ciHash = (ci: string): string => blindIndex(`ci:${ci}`);

/** the customData the onboarding page passes to requestIdentityVerification, checked by verify */
export const identityBinding = (userId: string): string => blindIndex(`identity-binding:${userId}`).slice(0, 32);
