// The actor for server components and server actions: the Auth.js session, then the member's
// current role and status from the database (the session is only an identity claim).
import { redirect } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import type { Actor } from "@/lib/core/actor";
import { loadActor } from "./actor";
import { auth } from "./index";

export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const uid = (session?.user as { id?: string } | undefined)?.id;
  if (!uid) return null;
  try {
    return await loadActor(uid);
  } catch (err) {
    if (err instanceof AppError && err.code === "FORBIDDEN") redirect("/login?error=AccountSuspended");
    return null;
  }
}

/** A signed-in member; members still onboarding are sent to /onboarding unless allowed here. */
export async function requireMember(opts: { allowOnboarding?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.status === "ONBOARDING" && !opts.allowOnboarding) redirect("/onboarding");
  return actor;
}

export async function requireAdmin(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  if (actor.role !== "ADMIN") redirect("/me?error=forbidden");
  return actor;
}
