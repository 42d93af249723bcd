// A signed app JWT (Bearer) for a member or admin of the factories, as the mobile API uses. Tests call
// operations with callOp (./call-op.ts), which signs the same token from `as`.
import { signAppJwt } from "@/lib/auth/app-jwt";

export function tokenFor(user: { id: string; role?: "MEMBER" | "ADMIN" }) {
  return signAppJwt({ sub: user.id, role: user.role ?? "MEMBER" });
}
