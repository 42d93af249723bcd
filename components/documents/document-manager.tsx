"use client";
// The member's verification documents (docs/documents.md), one row per kind: the current state
// (검토 중, 인증됨 with its fact and validity, 반려됨 with the reason, 만료됨) and an upload button.
// The file goes straight to private storage (pre-signed PUT); the server then checks what the bytes
// are and queues the document for an operator.
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES, type DocumentContentType, type MyDocument } from "@/lib/documents/document-schemas";
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_HINT,
  DOCUMENT_KIND_LABEL,
  DOCUMENT_LAPSE_LABEL,
  DOCUMENT_REJECT_REASONS,
  DOCUMENT_STATUS_LABEL,
  factLabel,
  type DocumentKind,
} from "@/lib/core/document-review";
import { formatSeoulDate } from "@/lib/core/seoul-time";

type UploadTicket = { key: string; uploadUrl: string; headers: Record<string, string> };
const GENERIC_ERROR = "서류를 올리지 못했어요. 잠시 후 다시 시도해 주세요.";
const TONE = { PENDING: "text-amber-700", APPROVED: "text-emerald-700", REJECTED: "text-red-700", LAPSED: "text-stone-500" } as const;

async function api<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? GENERIC_ERROR);
  return data as T;
}

/** The type the browser names for the file; the server checks the bytes themselves. */
function contentTypeOf(file: File): DocumentContentType {
  const type = file.type === "image/jpg" ? "image/jpeg" : file.type;
  if ((DOCUMENT_CONTENT_TYPES as readonly string[]).includes(type)) return type as DocumentContentType;
  throw new Error("PDF 또는 JPEG·PNG·WEBP 이미지 파일만 올릴 수 있어요.");
}

async function uploadOne(kind: DocumentKind, file: File): Promise<void> {
  const contentType = contentTypeOf(file);
  if (file.size > MAX_DOCUMENT_BYTES) throw new Error(`서류 파일은 ${MAX_DOCUMENT_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`);
  if (file.size === 0) throw new Error("빈 파일은 올릴 수 없어요.");
  const ticket = await api<UploadTicket>("/api/documents/upload-url", { contentType, size: file.size });
  const put = await fetch(ticket.uploadUrl, { method: "PUT", headers: ticket.headers, body: file }).catch(() => null);
  if (!put?.ok) throw new Error("서류를 올리지 못했어요. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.");
  await api("/api/documents", { kind, key: ticket.key });
}

function StateLine({ doc }: { doc: MyDocument | undefined }) {
  if (!doc) return <p className="text-xs text-stone-500">아직 올린 서류가 없어요</p>;
  const fact = doc.fact ? factLabel(doc.fact) : null;
  return (
    <p className={`text-xs ${TONE[doc.status]}`} data-document-status={doc.status}>
      <span className="font-semibold">{DOCUMENT_STATUS_LABEL[doc.status]}</span>
      {doc.status === "APPROVED" && fact ? ` · ${fact}${doc.validUntil ? ` · ${formatSeoulDate(doc.validUntil)}까지` : ""}` : null}
      {doc.status === "REJECTED" && doc.rejectReason ? ` · ${DOCUMENT_REJECT_REASONS[doc.rejectReason]}` : null}
      {doc.status === "LAPSED" && doc.lapseReason ? ` · ${DOCUMENT_LAPSE_LABEL[doc.lapseReason]} 다시 인증이 필요해요` : null}
      {doc.status === "PENDING" ? " · 운영팀이 확인하고 있어요 (보통 1영업일)" : null}
    </p>
  );
}

export function DocumentManager({ documents }: { documents: MyDocument[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [message, setMessage] = useState<{ kind: DocumentKind; ok: boolean; text: string } | null>(null);

  async function onFile(kind: DocumentKind, e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = ""; // the same file can be chosen again after an error
    if (!file) return;
    setBusy(kind);
    setMessage(null);
    try {
      await uploadOne(kind, file);
      setMessage({ kind, ok: true, text: "서류를 올렸어요. 확인이 끝나면 알려 드릴게요." });
    } catch (err) {
      setMessage({ kind, ok: false, text: err instanceof Error ? err.message : GENERIC_ERROR });
    } finally {
      setBusy(null);
      router.refresh();
    }
  }

  return (
    <ul className="divide-y divide-stone-100">
      {DOCUMENT_KINDS.map((kind) => {
        const latest = documents.find((d) => d.kind === kind);
        const inputId = `document-${kind}`;
        return (
          <li key={kind} className="space-y-2 py-4 first:pt-0 last:pb-0" data-document-kind={kind}>
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 className="font-semibold text-stone-900">{DOCUMENT_KIND_LABEL[kind]} 인증</h3>
                <p className="text-xs text-stone-500">{DOCUMENT_KIND_HINT[kind]}</p>
              </div>
              <label
                htmlFor={inputId}
                aria-disabled={busy !== null || latest?.status === "PENDING"}
                className={`shrink-0 cursor-pointer rounded-lg border border-brand-300 px-3 py-2 text-sm font-medium text-brand-700 ${busy !== null || latest?.status === "PENDING" ? "pointer-events-none opacity-50" : ""}`}
              >
                {busy === kind ? "올리는 중…" : latest?.status === "APPROVED" ? "다시 인증" : "서류 올리기"}
              </label>
              <input
                id={inputId}
                type="file"
                accept="application/pdf,image/jpeg,image/png,image/webp"
                className="sr-only"
                aria-label={`${DOCUMENT_KIND_LABEL[kind]} 서류 파일`}
                disabled={busy !== null || latest?.status === "PENDING"}
                onChange={(e) => onFile(kind, e)}
              />
            </div>
            <StateLine doc={latest} />
            {message?.kind === kind ? (
              <p role={message.ok ? "status" : "alert"} className={`rounded-lg p-2 text-xs ${message.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>
                {message.text}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
