// Who performs a use case. A member or an admin comes from a session or an app JWT (role and status
// read from the database on every request); the system actor stands for cron, webhooks and scripts,
// which act on nobody's behalf but must still say who they are in logs and the audit trail.
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

/** A signed-in person: a member, or an admin when role is ADMIN. */
export type Actor = { userId: string; role: Role; status: UserStatus };
export type AdminActor = Actor & { role: "ADMIN" };

export type SystemName = "cron" | "scheduler" | "webhook:kakao" | "webhook:toss" | "script";
export type SystemActor = { system: SystemName };

export const systemActor = (system: SystemName): SystemActor => ({ system });

export const isAdmin = (actor: Actor): actor is AdminActor => actor.role === "ADMIN";
