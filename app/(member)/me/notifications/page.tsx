// /me/notifications – how the member hears about matches, payments and likes outside the app:
// channels per category (service news always keeps one), quiet hours, the optional e-mail address
// (verified by a link) and the 광고성 정보 수신 동의 with its date.
import { requireMember } from "@/lib/auth/page-actor";
import { getNotificationSettings } from "@/lib/notifications/notification-settings";
import { Card, PageTitle } from "@/components/ui/card";
import { NotificationEmailForm } from "@/components/notifications/notification-email-form";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { saveNotificationSettingsAction, setNotificationEmailAction } from "./actions";

export const metadata = { title: "알림 설정" };

export default async function NotificationSettingsPage() {
  const actor = await requireMember();
  const settings = await getNotificationSettings({ actor });
  return (
    <>
      <PageTitle sub="앱을 열지 않아도 중요한 소식을 놓치지 않도록 카카오 알림톡이나 이메일로 알려 드려요.">알림 설정</PageTitle>
      {!settings.hasPhone ? (
        <p role="note" className="mb-4 rounded-xl bg-amber-50 p-3 text-sm text-amber-800">
          등록된 휴대폰 번호가 없어 알림톡과 문자를 보낼 수 없어요. 앱 안의 알림은 그대로 받을 수 있어요.
        </p>
      ) : null}
      <Card>
        <NotificationSettingsForm settings={settings} save={saveNotificationSettingsAction} />
      </Card>
      <Card className="mt-4">
        <NotificationEmailForm email={settings.email} save={setNotificationEmailAction} />
      </Card>
    </>
  );
}
