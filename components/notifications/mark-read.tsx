"use client";
// Marks the notifications the centre shows as read once they are on screen (the page's action, POST
// /api/notifications/read). Renders nothing; the unread ones stay highlighted until the next visit.
import { useEffect, useRef } from "react";
import type { CallAction } from "@/lib/core/form";

export function MarkRead({ ids, markRead }: { ids: string[]; markRead: CallAction<{ ids: string[] }> }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || ids.length === 0) return;
    sent.current = true;
    void markRead({ ids });
  }, [ids, markRead]);
  return null;
}
