// What a notification says and where it leads, per kind (Korean). Rendered from kind + payload at
// read time, so rows hold ids only and a text can be improved without touching stored data.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { PHOTO_REJECT_REASONS } from "@/lib/core/photo-review";
import { DOCUMENT_KIND_LABEL, DOCUMENT_ORIGINAL_DAYS, DOCUMENT_REJECT_REASONS, factLabel, type DocumentKind } from "@/lib/core/document-review";

export type NotificationText = { title: string; body: string; href: string };

const str = (payload: unknown, key: string): string | null => {
  const v = payload && typeof payload === "object" ? (payload as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" && /^[0-9a-zA-Z_-]{1,64}$/.test(v) ? v : null;
};

const matchHref = (payload: unknown, suffix = "") => {
  const id = str(payload, "matchId");
  return id ? `/matches/${id}${suffix}` : "/matches";
};

export function notificationText(kind: NotificationKind, payload: unknown): NotificationText {
  switch (kind) {
    case "WEEKLY_RECOMMENDATIONS":
      return str(payload, "reason") === "first"
        ? { title: "첫 추천이 도착했어요", body: "회원님과 잘 맞을 것 같은 분들을 골랐어요. 지금 확인해 보세요.", href: "/recommendations" }
        : { title: "이번 주 추천이 도착했어요", body: "새로운 분들을 소개해 드려요. 마음에 드는 분께 좋아요를 보내 보세요.", href: "/recommendations" };
    case "LIKE_RECEIVED":
      return { title: "새로운 좋아요를 받았어요", body: "회원님에게 관심 있는 분이 있어요. 마음에 들면 좋아요로 답해 보세요.", href: "/recommendations#received-heading" };
    case "MATCH_CREATED":
      return { title: "매칭이 성사되었어요!", body: "두 분이 서로 좋아요를 보냈어요. 결제 기한 안에 매칭 이용료를 결제해 주세요.", href: matchHref(payload) };
    case "PAYMENT_DUE":
      return {
        title: "입금을 기다리고 있어요",
        body: "안내된 계좌로 매칭 이용료를 보내 주세요. 입금자명에는 입금 코드를 꼭 적어 주세요. 입금이 확인되면 알려 드릴게요.",
        href: str(payload, "paymentId") ? `/payments/${str(payload, "paymentId")}` : matchHref(payload),
      };
    case "PAYMENT_CONFIRMED":
      return str(payload, "matchId")
        ? { title: "결제가 확인되었어요", body: "결제해 주셔서 감사해요. 매칭이 확정되면 다시 알려 드릴게요.", href: matchHref(payload) }
        : { title: "결제가 확인되었어요", body: "결제해 주셔서 감사해요. 멤버십 혜택은 바로 적용돼요.", href: "/me" };
    case "MATCH_ACTIVATED":
      return { title: "매칭이 확정되었어요", body: "매칭 화면에서 상대방의 연락처를 확인해 보세요.", href: matchHref(payload) };
    case "MATCH_EXPIRING":
      return { title: "매칭 결제 기한이 곧 끝나요", body: "기한 안에 매칭 이용료를 결제하지 않으면 매칭이 종료돼요.", href: matchHref(payload) };
    case "MATCH_CLOSED":
      return {
        title: "매칭이 종료되었어요",
        body: str(payload, "reason") === "EXPIRED" ? "결제 기한이 지나 매칭이 종료되었어요. 다음 추천에서 새로운 인연을 만나 보세요." : "다음 추천에서 새로운 인연을 만나 보세요.",
        href: matchHref(payload),
      };
    case "REFUND_UPDATED":
      return refundText(str(payload, "status"), str(payload, "source"), str(payload, "matchId") ? matchHref(payload) : "/me/payments");
    case "PAYMENT_REFUNDED":
      return {
        title: "결제하신 금액을 환불했어요",
        body: str(payload, "reason") === "MATCH_CLOSED" ? "매칭이 종료되어 카드 결제를 취소했어요. 카드사에 따라 3~7영업일 안에 취소 내역이 보여요." : "승인이 끝나지 않은 카드 결제를 취소했어요. 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.",
        href: "/me/payments",
      };
    case "PAYMENT_REVIEW":
      return { title: "결제를 확인하고 있어요", body: "결제 상태를 운영팀이 직접 확인하고 있어요. 확인이 끝나면 바로 알려 드릴게요. 두 번 결제되지 않으니 안심하세요.", href: "/me/payments" };
    case "FEEDBACK_REQUEST":
      return { title: "만남은 어떠셨나요?", body: "짧은 후기를 남겨 주세요. 상대방에게는 공개되지 않고, 더 잘 맞는 분을 소개하는 데 쓰여요.", href: matchHref(payload, "#feedback") };
    case "PHOTO_APPROVED":
      return { title: "사진이 승인되었어요", body: "이제 다른 회원에게 회원님의 사진이 보여요.", href: "/profile#photo-manager-title" };
    case "PHOTO_REJECTED": {
      const reason = str(payload, "reason");
      const label = reason && reason in PHOTO_REJECT_REASONS ? PHOTO_REJECT_REASONS[reason as keyof typeof PHOTO_REJECT_REASONS] : null;
      return {
        title: "사진이 반려되었어요",
        body: `${label ? `사유: ${label}. ` : ""}본인 얼굴이 잘 보이는 다른 사진을 올려 주세요.`,
        href: "/profile#photo-manager-title",
      };
    }
    case "DOCUMENT_APPROVED": {
      const fact = factLabel(str(payload, "fact") ?? "");
      return { title: `${kindLabel(payload)} 배지가 생겼어요`, body: `${fact ? `인증 내용: ${fact}. ` : ""}프로필 카드에 배지가 보여요. 올린 서류 원본은 ${DOCUMENT_ORIGINAL_DAYS}일 뒤 삭제돼요.`, href: "/me/documents" };
    }
    case "DOCUMENT_REJECTED": {
      const reason = str(payload, "reason");
      const label = reason && reason in DOCUMENT_REJECT_REASONS ? DOCUMENT_REJECT_REASONS[reason as keyof typeof DOCUMENT_REJECT_REASONS] : null;
      return { title: `${kindLabel(payload)} 서류가 반려되었어요`, body: `${label ? `사유: ${label}. ` : ""}서류를 확인한 뒤 다시 올려 주세요.`, href: "/me/documents" };
    }
    case "DOCUMENT_LAPSED":
      return {
        title: `${kindLabel(payload)} 배지가 만료되었어요`,
        body: str(payload, "reason") === "PROFILE_EDITED" ? "프로필의 관련 항목이 바뀌어 배지가 내려갔어요. 새 서류로 다시 인증해 주세요." : "유효 기간이 지나 배지가 내려갔어요. 최근 서류로 다시 인증해 주세요.",
        href: "/me/documents",
      };
    case "CONSULTATION_BOOKED":
      return { title: "상담이 예약되었어요", body: "매니저와의 1:1 상담 일정을 상담 화면에서 확인해 주세요.", href: "/consultations" };
    case "CONSULTATION_CANCELLED":
      return { title: "상담 예약이 취소되었어요", body: "남은 상담 횟수는 그대로 돌려 드렸어요. 다른 시간으로 다시 예약할 수 있어요.", href: "/consultations" };
    case "CONSULTATION_REMINDER":
      return str(payload, "when") === "hour"
        ? { title: "1시간 뒤 상담이 시작돼요", body: "매니저와의 1:1 상담 시간이 다가왔어요. 상담 화면에서 방법을 확인해 주세요.", href: "/consultations" }
        : { title: "내일 상담이 있어요", body: "매니저와의 1:1 상담이 내일이에요. 일정이 안 맞으면 미리 바꾸거나 취소해 주세요.", href: "/consultations" };
    case "INQUIRY_ANSWERED": {
      const id = str(payload, "inquiryId");
      return { title: "문의에 답변이 도착했어요", body: "1:1 문의에 운영팀이 답변했어요. 지금 확인해 보세요.", href: id ? `/help/inquiries/${id}` : "/help" };
    }
  }
}

/** the badge's name from a document notification's payload ("인증" when it is not one of the kinds) */
function kindLabel(payload: unknown): string {
  const kind = str(payload, "kind");
  return kind && kind in DOCUMENT_KIND_LABEL ? DOCUMENT_KIND_LABEL[kind as DocumentKind] : "인증";
}

/** A refund's news (docs/payments.md, "Refunds"): what happened and when the money arrives. */
function refundText(status: string | null, source: string | null, href: string): NotificationText {
  const why = source === "PARTNER_WITHDRAWN" ? "상대 회원이 탈퇴해 " : source === "PARTNER_BANNED" ? "상대 회원의 이용이 정지되어 " : source === "MATCH_CLOSED_BY_OPERATOR" ? "운영팀이 매칭을 종료해 " : "";
  switch (status) {
    case "REFUNDED":
      return { title: "환불이 완료되었어요", body: `${why}결제하신 금액을 환불했어요. 카드 결제는 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.`, href };
    case "APPROVED":
      return { title: "환불을 준비하고 있어요", body: `${why}결제하신 금액을 환불해 드려요. 계좌이체로 결제하셨다면 결제 내역에서 환불 받을 본인 계좌를 알려 주세요.`, href };
    case "REJECTED":
      return { title: "환불 요청에 답변을 드렸어요", body: "결제 내역에서 답변을 확인해 주세요.", href: "/me/payments" };
    default:
      return { title: "환불 요청을 받았어요", body: "운영팀이 확인한 뒤 3영업일 안에 처리해 드릴게요.", href: "/me/payments" };
  }
}
