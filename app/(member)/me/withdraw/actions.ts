"use server";
// Withdrawal: DELETE /api/me derived from its operation (the same erasure), then Auth.js' sign-out.
// The "I understand" checkbox is the form's own confirmation (the API has none), checked in the form.
import { signOut } from "@/lib/auth";
import { action } from "@/lib/http/action";
import { withdrawSelfOperation } from "@/lib/members/withdraw-member";

export const withdrawAction = action(withdrawSelfOperation, {
  done: async () => {
    await signOut({ redirectTo: "/withdrawn" });
  },
});
