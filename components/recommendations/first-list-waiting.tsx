"use client";
// Shown while a new member's first list is being picked (a top-up runs right after they saved profile
// and preferences). Asks for it once (`request`: POST /api/recommendations/first-list, which redoes a
// top-up lost with a crashed instance and answers when it is done), then refreshes the page every few
// seconds until the cards are there, and stops.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { CallAction } from "@/lib/core/form";

const EVERY_MS = 4000;
const MAX_TRIES = 30;

export function FirstListWaiting({ request }: { request: CallAction<Record<string, never>, { state: string }> }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void request({}).then((out) => {
      if (out.ok && out.result?.state !== "PREPARING") router.refresh();
    });
  }, [request, router]);
  useEffect(() => {
    if (tries >= MAX_TRIES) return;
    const t = setTimeout(() => {
      router.refresh();
      setTries((n) => n + 1);
    }, EVERY_MS);
    return () => clearTimeout(t);
  }, [router, tries]);
  return (
    <p role="status" aria-live="polite" className="text-sm text-stone-700">
      {tries < MAX_TRIES ? "회원님과 잘 맞을 분을 찾고 있어요. 잠시만 기다려 주세요…" : "추천을 준비하는 데 시간이 걸리고 있어요. 잠시 후 다시 들어와 주세요."}
    </p>
  );
}
