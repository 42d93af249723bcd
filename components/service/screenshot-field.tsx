"use client";
// The optional screenshot of a 1:1 문의 (lib/helpdesk/screenshots.ts): the file goes straight to
// private storage (a pre-signed PUT bound to its type and size) as soon as it is chosen; the form then
// sends only its key (hidden field screenshotKey) and the server checks the bytes and re-encodes it.
import { useEffect, useState, type ChangeEvent } from "react";
import { MAX_SCREENSHOT_BYTES, SCREENSHOT_CONTENT_TYPES, type ScreenshotContentType } from "@/lib/helpdesk/schemas";

type Ticket = { key: string; uploadUrl: string; headers: Record<string, string> };
const GENERIC = "스크린샷을 올리지 못했어요. 잠시 후 다시 시도해 주세요.";

function contentTypeOf(file: File): ScreenshotContentType {
  const type = file.type === "image/jpg" ? "image/jpeg" : file.type;
  if ((SCREENSHOT_CONTENT_TYPES as readonly string[]).includes(type)) return type as ScreenshotContentType;
  throw new Error("스크린샷은 JPEG·PNG·WEBP 이미지만 올릴 수 있어요.");
}

async function upload(file: File): Promise<string> {
  const contentType = contentTypeOf(file);
  if (file.size > MAX_SCREENSHOT_BYTES) throw new Error(`스크린샷은 ${MAX_SCREENSHOT_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`);
  if (file.size === 0) throw new Error("빈 파일은 올릴 수 없어요.");
  const res = await fetch("/api/inquiries/screenshot-url", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ contentType, size: file.size }) });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? GENERIC);
  const ticket = data as Ticket;
  const put = await fetch(ticket.uploadUrl, { method: "PUT", headers: ticket.headers, body: file }).catch(() => null);
  if (!put?.ok) throw new Error("스크린샷을 올리지 못했어요. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.");
  return ticket.key;
}

export function ScreenshotField({ id }: { id: string }) {
  const [key, setKey] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(true);
    setError(null);
    setKey(null);
    setPreview(null);
    try {
      setKey(await upload(file));
      setPreview(URL.createObjectURL(file));
    } catch (err) {
      setError(err instanceof Error ? err.message : GENERIC);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <input type="hidden" name="screenshotKey" value={key ?? ""} />
      <div className="flex items-center justify-between gap-3">
        <span className="text-sm font-medium text-stone-700">스크린샷 (선택)</span>
        <label
          htmlFor={id}
          aria-disabled={busy}
          className={`inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-brand-300 px-3 text-sm font-medium text-brand-700 ${busy ? "pointer-events-none opacity-50" : ""}`}
        >
          {busy ? "올리는 중…" : key ? "다른 사진으로 바꾸기" : "스크린샷 첨부"}
        </label>
        <input id={id} type="file" accept="image/jpeg,image/png,image/webp" className="sr-only" aria-label="스크린샷 파일" disabled={busy} onChange={onFile} />
      </div>
      <p className="text-xs text-stone-600">JPEG·PNG·WEBP, {MAX_SCREENSHOT_BYTES / 1024 / 1024}MB 이하. 운영팀만 볼 수 있어요.</p>
      {key && preview ? (
        <div className="flex items-center gap-3" data-testid="screenshot-attached">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local blob preview */}
          <img src={preview} alt="첨부한 스크린샷 미리보기" className="h-20 w-auto rounded-lg border border-stone-200" />
          <button
            type="button"
            className="min-h-11 rounded-lg px-3 text-sm text-stone-700 underline"
            onClick={() => {
              setKey(null);
              setPreview(null);
            }}
          >
            첨부 취소
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-2 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
