"use client";
// Success notices of admin actions, held by the admin shell: an action often removes the row or
// form it was started from (a resolved report, a closed match, a matched candidate), so the notice
// cannot live in that form. One live region per page (role=status), replaced by the next notice.
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const NoticeContext = createContext<(message: string) => void>(() => undefined);

export function AdminNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<string | null>(null);
  const show = useCallback((message: string) => setNotice(message), []);
  return (
    <NoticeContext.Provider value={show}>
      {notice ? (
        <p role="status" className="mb-4 flex items-start justify-between gap-3 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-800">
          <span>{notice}</span>
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
