// /login/continue – where a sign-in without a callbackUrl lands: each role to its home (the admin
// to /admin, a member still onboarding to /onboarding, every other member to /me).
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/page-actor";

export const dynamic = "force-dynamic";

export default async function ContinueAfterLogin() {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.role === "ADMIN") redirect("/admin");
  redirect(actor.status === "ONBOARDING" ? "/onboarding" : "/me");
}
