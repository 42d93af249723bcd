"use client";
// Profile photo manager: upload straight to storage (pre-signed PUT), then attach (the server
// re-encodes it and queues it for review); reorder and delete. Each photo shows its review state
// and, when rejected, the operator's reason (docs/photos.md). Used on /profile and in onboarding.
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_TYPES, type PhotoContentType, type PhotoDto as Photo } from "@/lib/profiles/photo-schemas";
import { PhotoReviewBadge } from "./photo-review-badge";
type UploadTicket = { key: string; uploadUrl: string; headers: Record<string, string> };

const GENERIC_ERROR = "사진을 처리하지 못했어요. 잠시 후 다시 시도해 주세요.";

/** Some browsers report JPEG as "image/jpg"; map it to the accepted type. */
function contentTypeOf(file: File): PhotoContentType | null {
  const type = file.type === "image/jpg" ? "image/jpeg" : file.type;
  return type in PHOTO_TYPES ? (type as PhotoContentType) : null;
}

async function api<T>(path: string, method: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? GENERIC_ERROR);
  return data as T;
}

async function uploadOne(file: File): Promise<Photo[]> {
  const contentType = contentTypeOf(file);
  if (!contentType) throw new Error("JPEG, PNG, WEBP 형식의 사진만 올릴 수 있어요.");
  if (file.size > MAX_PHOTO_BYTES) throw new Error(`사진은 한 장에 ${MAX_PHOTO_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`);
  if (file.size === 0) throw new Error("빈 파일은 올릴 수 없어요. 다른 사진을 골라 주세요.");
  const ticket = await api<UploadTicket>("/api/photos/upload-url", "POST", { contentType, size: file.size });
  // The bytes go straight to storage; the browser sets Content-Length from the file.
  const put = await fetch(ticket.uploadUrl, { method: "PUT", headers: ticket.headers, body: file }).catch(() => null);
  if (!put?.ok) throw new Error("사진을 올리지 못했어요. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.");
  const { photos } = await api<{ photos: Photo[] }>("/api/photos", "POST", { key: ticket.key });
  return photos;
}

export function PhotoManager({ initialPhotos }: { initialPhotos: Photo[] }) {
  const router = useRouter();
  const [photos, setPhotos] = useState(initialPhotos);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // the server re-renders after router.refresh(): take its list as the truth
  const [serverPhotos, setServerPhotos] = useState(initialPhotos);
  if (serverPhotos !== initialPhotos) {
    setServerPhotos(initialPhotos);
    setPhotos(initialPhotos);
  }

  async function run(label: string, action: () => Promise<Photo[]>) {
    setBusy(label);
    setError(null);
    try {
      setPhotos(await action());
    } catch (err) {
      setError(err instanceof Error ? err.message : GENERIC_ERROR);
    } finally {
      setBusy(null);
      // also after a failure: part of a multi-file upload may have been attached
      router.refresh();
    }
  }

  async function onFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []).slice(0, MAX_PHOTOS - photos.length);
    e.target.value = ""; // lets the same file be chosen again after an error
    if (files.length === 0) return;
    await run("사진을 올리는 중…", async () => {
      let latest = photos;
      for (const file of files) latest = await uploadOne(file);
      return latest;
    });
  }

  const moveForward = (index: number) =>
    run("순서를 바꾸는 중…", async () => {
      const keys = photos.map((p) => p.key);
      [keys[index - 1], keys[index]] = [keys[index], keys[index - 1]];
      return (await api<{ photos: Photo[] }>("/api/photos/order", "PUT", { keys })).photos;
    });

  const remove = (key: string) =>
    run("사진을 삭제하는 중…", async () => (await api<{ photos: Photo[] }>(`/api/photos?key=${encodeURIComponent(key)}`, "DELETE")).photos);

  const full = photos.length >= MAX_PHOTOS;

  return (
    <section aria-labelledby="photo-manager-title" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="photo-manager-title" className="text-base font-semibold text-stone-900">
          프로필 사진
        </h2>
        <span className="text-xs text-stone-500">
          {photos.length}/{MAX_PHOTOS}장
        </span>
      </div>

      {photos.length === 0 ? (
        <p className="rounded-xl bg-stone-50 p-4 text-sm text-stone-500">
          아직 등록한 사진이 없어요. 승인된 사진이 한 장 이상 있어야 추천을 받을 수 있어요. 첫 번째 승인된 사진이 대표 사진으로 보여요.
        </p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo, i) => (
            <li key={photo.key} className="overflow-hidden rounded-xl border border-stone-200 bg-white">
              <div className="relative aspect-square bg-stone-100">
                {/* Pre-signed storage URLs: next/image would need the bucket host allow-listed and
                    would proxy private photos through the optimizer. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={photo.url} alt={`사진 ${i + 1}`} className="h-full w-full object-cover" loading="lazy" />
                {i === 0 ? <span className="absolute left-2 top-2 rounded-full bg-brand-500 px-2 py-0.5 text-xs font-semibold text-white">대표</span> : null}
              </div>
              <PhotoReviewBadge status={photo.status} rejectReason={photo.rejectReason} />
              <div className="flex">
                <button
                  type="button"
                  aria-label={`사진 ${i + 1} 앞으로 옮기기`}
                  disabled={i === 0 || busy !== null}
                  onClick={() => moveForward(i)}
                  className="flex-1 py-2.5 text-sm text-stone-700 hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-300"
                >
                  앞으로 옮기기
                </button>
                <button
                  type="button"
                  aria-label={`사진 ${i + 1} 삭제하기`}
                  disabled={busy !== null}
                  onClick={() => remove(photo.key)}
                  className="flex-1 border-l border-stone-200 py-2.5 text-sm text-red-600 hover:bg-red-50 disabled:cursor-not-allowed disabled:text-stone-300"
                >
                  삭제하기
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <label
        className={`flex w-full items-center justify-center gap-2 rounded-xl border border-dashed px-4 py-3 text-sm font-semibold focus-within:ring-2 focus-within:ring-brand-100 ${
          full || busy ? "cursor-not-allowed border-stone-200 text-stone-400" : "cursor-pointer border-brand-500 text-brand-600 hover:bg-brand-50"
        }`}
      >
        <input
          type="file"
          accept={Object.keys(PHOTO_TYPES).join(",")}
          multiple
          aria-label="사진 추가하기"
          disabled={full || busy !== null}
          onChange={onFiles}
          className="sr-only"
        />
        <span aria-hidden="true">사진 추가하기</span>
      </label>
      <p className="text-xs text-stone-500">
        새 사진은 운영팀이 확인한 뒤 다른 회원에게 보여요. 위치 정보 같은 사진 속 정보는 지우고 저장해요.
      </p>
      <p className="text-xs text-stone-500">
        {full
          ? `사진은 최대 ${MAX_PHOTOS}장까지 등록할 수 있어요. 새 사진을 올리려면 먼저 한 장을 삭제해 주세요.`
          : `JPEG·PNG·WEBP, 장당 ${MAX_PHOTO_BYTES / 1024 / 1024}MB 이하 · 최대 ${MAX_PHOTOS}장`}
      </p>

      <p aria-live="polite" className="text-sm text-stone-600">
        {busy}
      </p>
      {error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
