// The review states of a profile photo and the operator's fixed rejection reasons, as a person reads
// them (docs/photos.md): shared by the member's photo manager, the admin queue and the notifications.

/** The operator's fixed reasons, in the order of the queue's keys 1–4, with the text the member reads. */
export const PHOTO_REJECT_REASONS = {
  FACE_NOT_VISIBLE: "얼굴이 보이지 않아요",
  NOT_THE_MEMBER: "타인 사진",
  INAPPROPRIATE: "부적절한 사진",
  LOW_QUALITY: "사진이 흐리거나 너무 작아요",
} as const;
export type PhotoRejectReason = keyof typeof PHOTO_REJECT_REASONS;
export const PHOTO_REJECT_REASON_KEYS = Object.keys(PHOTO_REJECT_REASONS) as [PhotoRejectReason, ...PhotoRejectReason[]];

export const PHOTO_STATUS_LABEL = { PENDING: "검토 중", APPROVED: "승인됨", REJECTED: "반려됨" } as const;
