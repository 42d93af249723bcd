"use server";
// The only page actions that are not derived from an operation: signing in and out are Auth.js' own
// flows (an OAuth redirect, a cookie cleared), not domain writes, so there is no use case behind
// them. tests/unit/actions-derived.test.ts and tests/unit/actions-build.test.ts name these two exports.
import { signIn, signOut } from "@/lib/auth";

/** Only same-site paths: never an open redirect. */
function safeCallback(url: FormDataEntryValue | null): string {
  const value = typeof url === "string" ? url : "";
  return value.startsWith("/") && !value.startsWith("//") ? value : "/me";
}

/** The /login form: Auth.js' Kakao sign-in, back to a same-site path only. */
export async function signInWithKakao(formData: FormData) {
  await signIn("kakao", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}

/** The sign-out button of the member header. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
