"use server";
// Sign-in / sign-out server actions for the UI.
import { signIn, signOut } from "./index";

function safeCallback(url: FormDataEntryValue | null): string {
  const value = typeof url === "string" ? url : "";
  // only same-site paths: never an open redirect
  return value.startsWith("/") && !value.startsWith("//") ? value : "/me";
}

export async function signInWithKakao(formData: FormData) {
  await signIn("kakao", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
