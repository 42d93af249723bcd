"use server";
// Sign-out action of the member and admin navigation.
import { signOut } from "@/lib/auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
