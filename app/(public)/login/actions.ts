"use server";
// Sign-in form action: Auth.js' Kakao sign-in, back to a same-site path only.
import { signIn } from "@/lib/auth";

function safeCallback(url: FormDataEntryValue | null): string {
  const value = typeof url === "string" ? url : "";
  // only same-site paths: never an open redirect
  return value.startsWith("/") && !value.startsWith("//") ? value : "/me";
}

export async function signInWithKakao(formData: FormData) {
  await signIn("kakao", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}
