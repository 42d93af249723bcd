// Member area shell. Pages call requireMember() themselves (authorization next to the data).
import { currentActor } from "@/lib/auth/page-actor";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { MemberHeader, MemberTabs } from "@/components/members/member-nav";
import { signOutAction } from "@/app/session-actions";

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const member = actor && actor.status !== "ONBOARDING";
  const unread = member ? await countUnreadNotifications(actor.userId) : null;
  return (
    <>
      <MemberHeader isAdmin={actor?.role === "ADMIN"} unread={unread} signOut={signOutAction} />
      <main className="mx-auto max-w-md px-5 pb-24 pt-6">{children}</main>
      {actor && actor.status !== "ONBOARDING" ? <MemberTabs /> : null}
    </>
  );
}
