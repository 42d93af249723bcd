// /admin/identity – the identity-exceptions queue (docs/identity.md): refused 본인인증 attempts, oldest first.
import { requireAdmin } from "@/lib/auth/page-actor";
import { listIdentityExceptions } from "@/lib/admin/identity-exceptions";
import { PageTitle } from "@/components/ui/card";
import { IdentityExceptionQueue } from "@/components/admin/identity-exception-queue";
import { decideIdentityExceptionAction } from "./actions";

export const metadata = { title: "본인인증 예외" };
export const dynamic = "force-dynamic";

export default async function AdminIdentityPage() {
  await requireAdmin();
  const queue = await listIdentityExceptions();
  return (
    <>
      <PageTitle sub="본인인증이 거절된 시도입니다. 거절을 유지하면 그 회원은 다시 인증할 수 없고, 재인증을 허용하면 다시 시도할 수 있습니다. 두 경우 모두 회원에게 알림이 갑니다.">
        본인인증 예외 <span className="text-base font-medium text-stone-500">대기 {queue.open.toLocaleString("ko-KR")}건</span>
      </PageTitle>
      <IdentityExceptionQueue items={queue.items} decide={decideIdentityExceptionAction} />
    </>
  );
}
