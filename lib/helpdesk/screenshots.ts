// The optional screenshot of a 1:1 문의 message (docs/member-service.md), through the storage the
// photos and documents use: the server picks a key under the member's private prefix
// inquiries/{memberId}/upload/ and hands out a pre-signed PUT bound to the declared type and size
// (5 minutes); when the message is sent, the server reads the bytes, decides the type by their magic
// bytes (JPEG, PNG, WEBP; anything else is deleted and refused), re-encodes the picture with sharp
// (no EXIF/GPS, bounded size, one JPEG) into inquiries/{memberId}/{uuid}.jpg and deletes the upload.
// Only the member and the operators see it, through GET URLs signed for a few minutes. Withdrawal
// deletes the whole prefix (lib/members/withdraw-member.ts).
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { deleteObjects, getBytes, headObject, presignPhotoUpload, presignPrivateGet, putBytes } from "@/lib/storage";
import { sniffDocumentType } from "@/lib/documents/document-schemas";
import { reencodePhoto } from "@/lib/profiles/photo-reencode";
import { inquiryKeyPrefix } from "@/lib/core/inquiry-files";
import { MAX_SCREENSHOT_BYTES, SCREENSHOT_UPLOAD_KEY, ZScreenshotUploadUrlRequest, ZScreenshotUploadUrlResponse, type ScreenshotContentType } from "./schemas";

/** how long a screenshot's GET URL is valid (the thread and the inbox sign it again on each load) */
export const SCREENSHOT_URL_TTL_SECONDS = 5 * 60;
/** a tall phone screenshot stays legible: at most 1600 wide and 3200 high after re-encoding */
const BOUNDS = { width: 1600, height: 3200 };
const NOT_UPLOADED = "스크린샷이 끝까지 올라가지 않았어요. 다시 올려 주세요.";
const NOT_AN_IMAGE = "스크린샷은 JPEG·PNG·WEBP 이미지만 올릴 수 있어요. 파일 이름이 아니라 내용으로 확인해요.";
const TOO_BIG = `스크린샷은 ${MAX_SCREENSHOT_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`;
const UNREADABLE = "스크린샷 파일을 읽을 수 없어요. 다른 이미지를 올려 주세요.";

const uploadKeyOwner = (key: string) => SCREENSHOT_UPLOAD_KEY.exec(key)?.[1] ?? null;

export async function createScreenshotUploadUrl({ actor, input }: { actor: Actor; input: { contentType: ScreenshotContentType; size: number } }) {
  const key = `${inquiryKeyPrefix(actor.userId)}upload/${crypto.randomUUID()}`;
  const upload = await presignPhotoUpload({ key, contentType: input.contentType, contentLength: input.size });
  return { key, uploadUrl: upload.url, headers: upload.headers, expiresAt: upload.expiresAt.toISOString() };
}

/**
 * Checks the member's upload and stores it re-encoded; returns the stored key and size. The upload
 * itself is deleted whatever happens (it may carry GPS). Someone else's key is a 404.
 */
export async function storeScreenshot(memberId: string, uploadKey: string): Promise<{ key: string; size: number }> {
  if (uploadKeyOwner(uploadKey) !== memberId) throw notFound("스크린샷");
  const refuse = async (message: string): Promise<never> => {
    await deleteObjects([uploadKey]);
    throw new AppError("VALIDATION_FAILED", message, { fields: { screenshotKey: [message] } });
  };
  const head = await headObject(uploadKey);
  if (!head) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED, { fields: { screenshotKey: [NOT_UPLOADED] } });
  if (head.contentLength > MAX_SCREENSHOT_BYTES) return refuse(TOO_BIG);
  let bytes: Uint8Array | null;
  try {
    bytes = await getBytes(uploadKey, MAX_SCREENSHOT_BYTES);
  } catch (err) {
    if (err instanceof AppError && err.code === "VALIDATION_FAILED") return refuse(TOO_BIG);
    throw err;
  }
  if (!bytes) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED, { fields: { screenshotKey: [NOT_UPLOADED] } });
  const sniffed = sniffDocumentType(bytes);
  // an image by its bytes, and the one the signed upload declared (a PDF or a renamed file is refused)
  if (!sniffed || sniffed === "application/pdf" || (head.contentType !== null && head.contentType !== sniffed)) return refuse(NOT_AN_IMAGE);
  let jpeg: Uint8Array;
  try {
    jpeg = await reencodePhoto(bytes, BOUNDS, UNREADABLE);
  } catch (err) {
    if (err instanceof AppError) return refuse(err.message);
    throw err;
  }
  const key = `${inquiryKeyPrefix(memberId)}${crypto.randomUUID()}.jpg`;
  await putBytes(key, jpeg, "image/jpeg", "private, no-store");
  await deleteObjects([uploadKey]);
  return { key, size: jpeg.length };
}

/** a GET URL valid SCREENSHOT_URL_TTL_SECONDS, not cached, served as the JPEG it is */
export async function screenshotUrl(key: string): Promise<{ url: string; expiresAt: string }> {
  const { url, expiresAt } = await presignPrivateGet(key, { ttlSeconds: SCREENSHOT_URL_TTL_SECONDS, contentType: "image/jpeg" });
  return { url, expiresAt: expiresAt.toISOString() };
}

export const createScreenshotUploadUrlOperation = defineOperation({
  method: "POST",
  path: "/api/inquiries/screenshot-url",
  // a member still onboarding (e.g. stuck at 본인인증) needs the help desk most
  access: "onboarding",
  tag: "help",
  summary: "1:1 문의 스크린샷 업로드용 pre-signed PUT URL (5분, 비공개 경로)",
  body: ZScreenshotUploadUrlRequest,
  output: ZScreenshotUploadUrlResponse,
  rateLimit: { name: "inquiry-screenshot-url", limit: 20, windowMs: 10 * 60_000, by: "actor" },
  run: createScreenshotUploadUrl,
});
