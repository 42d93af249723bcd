// Member area shell. Pages call requireMember() themselves (authorization next to the data).
import { currentActor } from "@/lib/auth/page-actor";
import { MemberHeader, MemberTabs } from "@/components/member/member-nav";

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  return (
    <>
      <MemberHeader isAdmin={actor?.role === "ADMIN"} />
      <main className="mx-auto max-w-md px-5 pb-24 pt-6">{children}</main>
      {actor && actor.status !== "ONBOARDING" ? <MemberTabs /> : null}
    </>
  );
}
