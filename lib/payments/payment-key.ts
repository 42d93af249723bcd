// Toss's paymentKey as the app accepts it everywhere (confirm, webhook, lookup, the Toss client):
// Toss issues keys of at most 200 characters made of letters, digits, '_' and '-' (e.g.
// "tgen_20240213122013Ft6Z7", docs: /work/shared/notes/kakao-toss-contracts.md). Anything else — above
// all '.', '..' or '/', which would move our request to another Toss path — is refused before it is
// used, so a key is never more than one path segment.
import { z } from "zod";

export const PAYMENT_KEY_RE = /^[A-Za-z0-9_-]{1,200}$/;

export const isPaymentKey = (v: unknown): v is string => typeof v === "string" && PAYMENT_KEY_RE.test(v);

/** zod: a Toss paymentKey, with the message a person sees when it is not one */
export const zPaymentKey = (message = "결제 정보가 올바르지 않아요.") => z.string({ error: message }).regex(PAYMENT_KEY_RE, message);
