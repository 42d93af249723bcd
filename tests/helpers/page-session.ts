// Calls a page's server action as the browser would: the Auth.js session cookie of a member in the
// request headers that `next/headers` hands the action. Tests that import this must mock
// "next/headers" with `pageHeadersMock`:
//   vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/auth/session-token";

let current = new Headers();

/** The module `vi.mock("next/headers", () => pageHeadersMock)` installs. */
export const pageHeadersMock = { headers: async () => current };

/** Headers of a signed-in browser for `user` (no cookie for null); extra headers such as x-real-ip. */
export async function actAs(user: { id: string } | null, extra: Record<string, string> = {}) {
  const h = new Headers({ host: "localhost:3000", ...extra });
  if (user) {
    const name = sessionCookieName(false);
    const token = await encode({ token: { uid: user.id }, secret: env.AUTH_SECRET, salt: name });
    h.set("cookie", `${name}=${token}`);
  }
  current = h;
}
