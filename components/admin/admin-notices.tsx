"use client";
// The admin console's one notice channel, held by the admin shell (app/admin/layout.tsx): an action
// often removes the row or form it was started from (a resolved report, a verified deposit, a
// deleted member), so its success message cannot live in that form, and no page takes a message
// from its URL. The layout stays mounted across client navigations, so a notice raised just before
// the console navigates (`on`: the page it belongs to) is shown there; it goes when the admin
// leaves the page it was shown on, closes it, or the next notice replaces it. One live region
// (role=status) per page.
import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Notice = { message: string; path: string; tone: "success" | "warning" };
export type NotifyOptions = { /** the page the notice belongs to (default: the current one) */ on?: string; tone?: Notice["tone"] };
type Notify = (message: string, options?: NotifyOptions) => void;

const NoticeContext = createContext<Notify>(() => undefined);

const TONE = { success: "bg-emerald-50 text-emerald-800", warning: "bg-amber-50 text-amber-900" } as const;

export function AdminNoticeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname() ?? "";
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastPath, setLastPath] = useState(pathname);
  if (pathname !== lastPath) {
    // a navigation: leaving the page the notice belongs to drops it (adjusting state during render,
    // as React recommends over an effect); a notice waiting for the page being opened stays
    setLastPath(pathname);
    if (notice?.path === lastPath) setNotice(null);
  }
  const show = useCallback<Notify>((message, options = {}) => {
    setNotice({ message, path: options.on ?? window.location.pathname, tone: options.tone ?? "success" });
  }, []);
  const visible = notice !== null && notice.path === pathname;
  return (
    <NoticeContext.Provider value={show}>
      {visible ? (
        <p role="status" className={`mb-4 flex items-start justify-between gap-3 rounded-xl p-3 text-sm ${TONE[notice.tone]}`}>
          <span>{notice.message}</span>
          <button type="button" className="text-xs underline" onClick={() => setNotice(null)}>
            닫기
          </button>
        </p>
      ) : null}
      {children}
    </NoticeContext.Provider>
  );
}

export const useAdminNotice = () => useContext(NoticeContext);
