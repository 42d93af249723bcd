// /admin shell: gated here as well as in the proxy (which can be bypassed).
import { requireAdmin } from "@/lib/auth/page-actor";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminNoticeProvider } from "@/components/admin/admin-notices";

export const metadata = { title: { default: "관리자", template: "%s | 인연 관리자" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <div className="md:flex">
      <AdminNav />
      <main className="flex-1 px-5 py-6">
        <AdminNoticeProvider>{children}</AdminNoticeProvider>
      </main>
    </div>
  );
}
