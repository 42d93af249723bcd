// /me/notifications/verify?token=… – the e-mail verification link lands here; the member confirms
// with one button (a page view itself changes nothing: mail scanners open links too).
import { requireMember } from "@/lib/auth/page-actor";
import { Card, PageTitle } from "@/components/ui/card";
import { VerifyEmailForm } from "@/components/notifications/notification-email-form";
import { verifyNotificationEmailAction } from "../actions";

export const metadata = { title: "이메일 인증" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  await requireMember();
  const { token } = await searchParams;
  return (
    <>
      <PageTitle sub="알림을 받을 이메일 주소를 확인해요.">이메일 인증</PageTitle>
      <Card>
        <VerifyEmailForm token={typeof token === "string" ? token : ""} verify={verifyNotificationEmailAction} />
      </Card>
    </>
  );
}
