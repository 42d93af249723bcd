// Every notification's words, declared once: per kind (and variant) the 알림톡 template code, the
// exact pre-approved text with #{변수}, its variables and button. The in-app row (texts.ts), the
// 알림톡, its SMS fallback and the e-mail all render from here, so what a member reads is the same
// everywhere. A 알림톡 template is approved by Kakao letter for letter: changing a text here means
// registering the new version (and its code) with Solapi first (docs/notifications.md).
// Variables carry no personal data beyond the member's own nickname (ids and dates only otherwise).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { PHOTO_REJECT_REASONS } from "@/lib/core/photo-review";
import { DOCUMENT_KIND_LABEL, DOCUMENT_ORIGINAL_DAYS, DOCUMENT_REJECT_REASONS, type DocumentKind } from "@/lib/core/document-review";
import { formatSeoulMonthDayTime } from "@/lib/core/seoul-time";

/** the groups a member switches channels for on /me/notifications */
export const NOTIFICATION_CATEGORIES = ["SERVICE", "LIKES", "WEEKLY", "PHOTO", "MARKETING"] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export type NotificationTemplate = {
  /** the 알림톡 template code registered with Kakao through Solapi (Solapi's templateId) */
  code: string;
  title: string;
  /** the exact approved text; #{변수} are filled from `variables` */
  text: string;
  variables: readonly string[];
  /** one web-link button to the notification's page (null: none) */
  button: string | null;
};

type KindSpec = {
  category: NotificationCategory;
  /** sent at night despite quiet hours (a deadline is running) */
  urgent: boolean;
  /** false: never as 알림톡 (광고 may not go as 알림톡; SMS/e-mail with (광고) instead) */
  alimtalk: boolean;
  /** a notice to an operator (a manager), not to members: not on a member's settings page */
  staff?: true;
  templates: Record<string, NotificationTemplate>;
  /** which template a row uses and the values of its variables besides 닉네임 */
  pick: (p: Payload) => { variant: string; vars?: Record<string, string>; href: string };
};

type Payload = { str(key: string): string | null };

const T = (code: string, title: string, text: string, variables: readonly string[], button: string | null = "확인하기"): NotificationTemplate => ({ code, title, text, variables, button });
const matchHref = (p: Payload, suffix = "") => (p.str("matchId") ? `/matches/${p.str("matchId")}${suffix}` : "/matches");
const NICK = ["닉네임"] as const;
const one = (t: NotificationTemplate) => ({ default: t });
/** a document badge's name (재직, 학력 …) from the payload; never the fact it proves (that may be income) */
const badge = (p: Payload) => {
  const kind = p.str("kind");
  return kind && kind in DOCUMENT_KIND_LABEL ? DOCUMENT_KIND_LABEL[kind as DocumentKind] : "인증";
};

export const KIND_SPECS: Record<NotificationKind, KindSpec> = {
  WEEKLY_RECOMMENDATIONS: {
    category: "WEEKLY",
    urgent: false,
    alimtalk: true,
    templates: {
      first: T("INY_WEEKLY_FIRST_V1", "첫 추천이 도착했어요", "#{닉네임}님, 첫 추천이 도착했어요. 회원님과 잘 맞을 것 같은 분들을 골랐어요. 지금 확인해 보세요.", NICK, "추천 보기"),
      default: T("INY_WEEKLY_V1", "이번 주 추천이 도착했어요", "#{닉네임}님, 이번 주 추천이 도착했어요. 새로운 분들을 소개해 드려요. 마음에 드는 분께 좋아요를 보내 보세요.", NICK, "추천 보기"),
    },
    pick: (p) => ({ variant: p.str("reason") === "first" ? "first" : "default", href: "/recommendations" }),
  },
  LIKE_RECEIVED: {
    category: "LIKES",
    urgent: false,
    alimtalk: true,
    // outside the app this is the day's digest (at most one a day): the text names no count
    templates: one(T("INY_LIKE_DIGEST_V1", "새로운 좋아요를 받았어요", "#{닉네임}님, 회원님에게 관심을 보낸 분이 있어요. 마음에 들면 좋아요로 답해 보세요.", NICK, "받은 좋아요 보기")),
    pick: () => ({ variant: "default", href: "/recommendations#received-heading" }),
  },
  MATCH_CREATED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_MATCH_CREATED_V1", "매칭이 성사되었어요!", "#{닉네임}님, 매칭이 성사되었어요! 두 분이 서로 좋아요를 보냈어요. 결제 기한 안에 매칭 이용료를 결제해 주세요.", NICK, "매칭 보기")),
    pick: (p) => ({ variant: "default", href: matchHref(p) }),
  },
  PAYMENT_DUE: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_PAYMENT_DUE_V1", "입금을 기다리고 있어요", "#{닉네임}님, 입금을 기다리고 있어요. 안내된 계좌로 매칭 이용료를 보내 주세요. 입금자명에는 입금 코드를 꼭 적어 주세요. 입금이 확인되면 알려 드릴게요.", NICK, "입금 안내 보기")),
    pick: (p) => ({ variant: "default", href: p.str("paymentId") ? `/payments/${p.str("paymentId")}` : matchHref(p) }),
  },
  PAYMENT_CONFIRMED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: {
      match: T("INY_PAYMENT_OK_MATCH_V1", "결제가 확인되었어요", "#{닉네임}님, 결제가 확인되었어요. 결제해 주셔서 감사해요. 매칭이 확정되면 다시 알려 드릴게요.", NICK),
      default: T("INY_PAYMENT_OK_V1", "결제가 확인되었어요", "#{닉네임}님, 결제가 확인되었어요. 결제해 주셔서 감사해요. 멤버십 혜택은 바로 적용돼요.", NICK),
    },
    pick: (p) => (p.str("matchId") ? { variant: "match", href: matchHref(p) } : { variant: "default", href: "/me" }),
  },
  MATCH_PARTNER_PAID: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_PARTNER_PAID_V1", "상대방이 매칭 이용료를 결제했어요", "#{닉네임}님, 상대방이 매칭 이용료를 결제했어요. 매칭이 확정되면 바로 알려 드릴게요.", NICK, "매칭 보기")),
    pick: (p) => ({ variant: "default", href: matchHref(p) }),
  },
  MATCH_ACTIVATED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_MATCH_ACTIVE_V1", "매칭이 확정되었어요", "#{닉네임}님, 매칭이 확정되었어요. 매칭 화면에서 상대방의 연락처를 확인해 보세요.", NICK, "매칭 보기")),
    pick: (p) => ({ variant: "default", href: matchHref(p) }),
  },
  MATCH_EXPIRING: {
    category: "SERVICE",
    urgent: true,
    alimtalk: true,
    templates: one(T("INY_MATCH_EXPIRING_V1", "매칭 결제 기한이 곧 끝나요", "#{닉네임}님, 매칭 결제 기한이 #{기한}에 끝나요. 기한 안에 매칭 이용료를 결제하지 않으면 매칭이 종료돼요.", ["닉네임", "기한"], "결제하기")),
    pick: (p) => {
      const at = p.str("expiresAt");
      return { variant: "default", vars: { 기한: at && !Number.isNaN(Date.parse(at)) ? formatSeoulMonthDayTime(at) : "곧" }, href: matchHref(p) };
    },
  },
  MATCH_CLOSED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: {
      expired: T("INY_MATCH_CLOSED_EXPIRED_V1", "매칭이 종료되었어요", "#{닉네임}님, 결제 기한이 지나 매칭이 종료되었어요. 다음 추천에서 새로운 인연을 만나 보세요.", NICK),
      default: T("INY_MATCH_CLOSED_V1", "매칭이 종료되었어요", "#{닉네임}님, 매칭이 종료되었어요. 다음 추천에서 새로운 인연을 만나 보세요.", NICK),
    },
    pick: (p) => ({ variant: p.str("reason") === "EXPIRED" ? "expired" : "default", href: matchHref(p) }),
  },
  FEEDBACK_REQUEST: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_FEEDBACK_V1", "만남은 어떠셨나요?", "#{닉네임}님, 만남은 어떠셨나요? 짧은 후기를 남겨 주세요. 상대방에게는 공개되지 않고, 더 잘 맞는 분을 소개하는 데 쓰여요.", NICK, "후기 남기기")),
    pick: (p) => ({ variant: "default", href: matchHref(p, "#feedback") }),
  },
  PAYMENT_REFUNDED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: {
      closed: T("INY_REFUNDED_CLOSED_V1", "결제하신 금액을 환불했어요", "#{닉네임}님, 매칭이 종료되어 카드 결제를 취소했어요. 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.", NICK, "결제 내역 보기"),
      default: T("INY_REFUNDED_V1", "결제하신 금액을 환불했어요", "#{닉네임}님, 승인이 끝나지 않은 카드 결제를 취소했어요. 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.", NICK, "결제 내역 보기"),
    },
    pick: (p) => ({ variant: p.str("reason") === "MATCH_CLOSED" ? "closed" : "default", href: "/me/payments" }),
  },
  PAYMENT_REVIEW: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_PAYMENT_REVIEW_V1", "결제를 확인하고 있어요", "#{닉네임}님, 결제 상태를 운영팀이 직접 확인하고 있어요. 확인이 끝나면 바로 알려 드릴게요. 두 번 결제되지 않으니 안심하세요.", NICK, "결제 내역 보기")),
    pick: () => ({ variant: "default", href: "/me/payments" }),
  },
  REFUND_UPDATED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: {
      REFUNDED: T("INY_REFUND_DONE_V1", "환불이 완료되었어요", "#{닉네임}님, #{사유}결제하신 금액을 환불했어요. 카드 결제는 카드사에 따라 3~7영업일 안에 취소 내역이 보여요.", ["닉네임", "사유"], "결제 내역 보기"),
      APPROVED: T("INY_REFUND_APPROVED_V1", "환불을 준비하고 있어요", "#{닉네임}님, #{사유}결제하신 금액을 환불해 드려요. 계좌이체로 결제하셨다면 결제 내역에서 환불 받을 본인 계좌를 알려 주세요.", ["닉네임", "사유"], "결제 내역 보기"),
      REJECTED: T("INY_REFUND_REJECTED_V1", "환불 요청에 답변을 드렸어요", "#{닉네임}님, 환불 요청에 답변을 드렸어요. 결제 내역에서 답변을 확인해 주세요.", NICK, "결제 내역 보기"),
      default: T("INY_REFUND_REQUESTED_V1", "환불 요청을 받았어요", "#{닉네임}님, 환불 요청을 받았어요. 운영팀이 확인한 뒤 3영업일 안에 처리해 드릴게요.", NICK, "결제 내역 보기"),
    },
    pick: (p) => {
      const status = p.str("status");
      const source = p.str("source");
      const why = source === "PARTNER_WITHDRAWN" ? "상대 회원이 탈퇴해 " : source === "PARTNER_BANNED" ? "상대 회원의 이용이 정지되어 " : source === "MATCH_CLOSED_BY_OPERATOR" ? "운영팀이 매칭을 종료해 " : "";
      const href = status === "REJECTED" || !p.str("matchId") ? "/me/payments" : matchHref(p);
      if (status === "REFUNDED" || status === "APPROVED") return { variant: status, vars: { 사유: why }, href };
      return { variant: status === "REJECTED" ? "REJECTED" : "default", href: "/me/payments" };
    },
  },
  PHOTO_APPROVED: {
    category: "PHOTO",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_PHOTO_OK_V1", "사진이 승인되었어요", "#{닉네임}님, 사진이 승인되었어요. 이제 다른 회원에게 회원님의 사진이 보여요.", NICK, "프로필 보기")),
    pick: () => ({ variant: "default", href: "/profile#photo-manager-title" }),
  },
  PHOTO_REJECTED: {
    category: "PHOTO",
    urgent: false,
    alimtalk: true,
    templates: {
      reason: T("INY_PHOTO_REJECTED_REASON_V1", "사진이 반려되었어요", "#{닉네임}님, 사진이 반려되었어요. 사유: #{사유}. 본인 얼굴이 잘 보이는 다른 사진을 올려 주세요.", ["닉네임", "사유"], "사진 바꾸기"),
      default: T("INY_PHOTO_REJECTED_V1", "사진이 반려되었어요", "#{닉네임}님, 사진이 반려되었어요. 본인 얼굴이 잘 보이는 다른 사진을 올려 주세요.", NICK, "사진 바꾸기"),
    },
    pick: (p) => {
      const reason = p.str("reason");
      const label = reason && reason in PHOTO_REJECT_REASONS ? PHOTO_REJECT_REASONS[reason as keyof typeof PHOTO_REJECT_REASONS] : null;
      return label ? { variant: "reason", vars: { 사유: label }, href: "/profile#photo-manager-title" } : { variant: "default", href: "/profile#photo-manager-title" };
    },
  },
  DOCUMENT_APPROVED: {
    category: "PHOTO",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_DOCUMENT_OK_V1", "#{배지} 배지가 생겼어요", `#{닉네임}님, 제출하신 서류가 확인되어 #{배지} 배지가 생겼어요. 프로필 카드에 배지가 보여요. 올린 서류 원본은 ${DOCUMENT_ORIGINAL_DAYS}일 뒤 삭제돼요.`, ["닉네임", "배지"], "배지 보기")),
    pick: (p) => ({ variant: "default", vars: { 배지: badge(p) }, href: "/me/documents" }),
  },
  DOCUMENT_REJECTED: {
    category: "PHOTO",
    urgent: false,
    alimtalk: true,
    templates: {
      reason: T("INY_DOCUMENT_REJECTED_REASON_V1", "#{배지} 서류가 반려되었어요", "#{닉네임}님, #{배지} 서류가 반려되었어요. 사유: #{사유}. 서류를 확인한 뒤 다시 올려 주세요.", ["닉네임", "배지", "사유"], "서류 다시 올리기"),
      default: T("INY_DOCUMENT_REJECTED_V1", "#{배지} 서류가 반려되었어요", "#{닉네임}님, #{배지} 서류가 반려되었어요. 서류를 확인한 뒤 다시 올려 주세요.", ["닉네임", "배지"], "서류 다시 올리기"),
    },
    pick: (p) => {
      const reason = p.str("reason");
      const label = reason && reason in DOCUMENT_REJECT_REASONS ? DOCUMENT_REJECT_REASONS[reason as keyof typeof DOCUMENT_REJECT_REASONS] : null;
      return { variant: label ? "reason" : "default", vars: { 배지: badge(p), ...(label ? { 사유: label } : {}) }, href: "/me/documents" };
    },
  },
  DOCUMENT_LAPSED: {
    category: "PHOTO",
    urgent: false,
    alimtalk: true,
    templates: {
      edited: T("INY_DOCUMENT_LAPSED_EDIT_V1", "#{배지} 배지가 만료되었어요", "#{닉네임}님, 프로필의 관련 항목이 바뀌어 #{배지} 배지가 내려갔어요. 새 서류로 다시 인증해 주세요.", ["닉네임", "배지"], "다시 인증하기"),
      default: T("INY_DOCUMENT_LAPSED_V1", "#{배지} 배지가 만료되었어요", "#{닉네임}님, 유효 기간이 지나 #{배지} 배지가 내려갔어요. 최근 서류로 다시 인증해 주세요.", ["닉네임", "배지"], "다시 인증하기"),
    },
    pick: (p) => ({ variant: p.str("reason") === "PROFILE_EDITED" ? "edited" : "default", vars: { 배지: badge(p) }, href: "/me/documents" }),
  },
  IDENTITY_REVIEWED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: {
      retry: T("INY_IDENTITY_RETRY_V1", "본인인증을 다시 할 수 있어요", "#{닉네임}님, 운영팀이 확인을 마쳤어요. 가입 화면에서 본인인증을 다시 진행해 주세요.", NICK, "본인인증 하기"),
      default: T("INY_IDENTITY_UPHELD_V1", "본인인증 확인 결과를 알려 드려요", "#{닉네임}님, 운영팀이 확인한 결과 이 본인인증으로는 가입할 수 없어요. 궁금한 점은 고객센터로 문의해 주세요.", NICK, "확인하기"),
    },
    pick: (p) => ({ variant: p.str("decision") === "RETRY_ALLOWED" ? "retry" : "default", href: "/onboarding" }),
  },
  CONSULTATION_BOOKED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_CONSULT_BOOKED_V1", "상담이 예약되었어요", "#{닉네임}님, 매니저와의 1:1 상담이 예약되었어요. 일정은 상담 화면에서 확인해 주세요.", NICK, "상담 일정 보기")),
    pick: () => ({ variant: "default", href: "/consultations" }),
  },
  CONSULTATION_CANCELLED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_CONSULT_CANCELLED_V1", "상담 예약이 취소되었어요", "#{닉네임}님, 상담 예약이 취소되었어요. 남은 상담 횟수는 그대로 돌려 드렸어요. 다른 시간으로 다시 예약할 수 있어요.", NICK, "다시 예약하기")),
    pick: () => ({ variant: "default", href: "/consultations" }),
  },
  CONSULTATION_REMINDER: {
    category: "SERVICE",
    // the hour-before reminder is due when it is due
    urgent: true,
    alimtalk: true,
    templates: {
      hour: T("INY_CONSULT_HOUR_V1", "1시간 뒤 상담이 시작돼요", "#{닉네임}님, 매니저와의 1:1 상담이 1시간 뒤에 시작돼요. 상담 방법은 상담 화면에서 확인해 주세요.", NICK, "상담 보기"),
      default: T("INY_CONSULT_DAY_V1", "내일 상담이 있어요", "#{닉네임}님, 매니저와의 1:1 상담이 내일이에요. 일정이 안 맞으면 미리 바꾸거나 취소해 주세요.", NICK, "상담 보기"),
    },
    pick: (p) => ({ variant: p.str("when") === "hour" ? "hour" : "default", href: "/consultations" }),
  },
  INQUIRY_ANSWERED: {
    category: "SERVICE",
    urgent: false,
    alimtalk: true,
    templates: one(T("INY_INQUIRY_ANSWERED_V1", "문의에 답변이 도착했어요", "#{닉네임}님, 1:1 문의에 운영팀이 답변했어요. 지금 확인해 보세요.", NICK, "답변 보기")),
    pick: (p) => ({ variant: "default", href: p.str("inquiryId") ? `/help/inquiries/${p.str("inquiryId")}` : "/help" }),
  },
  MANAGER_CONSULTATION_CHANGED: {
    // to the manager (an operator) whose slot a member booked, moved or cancelled
    category: "SERVICE",
    staff: true,
    urgent: false,
    alimtalk: true,
    templates: {
      booked: T("INY_MGR_CONSULT_BOOKED_V1", "담당 상담이 예약되었어요", "#{닉네임}님, 회원이 매니저님의 1:1 상담 시간을 예약했어요. 상담 일정에서 회원 정보와 상담 이력을 확인해 주세요.", NICK, "상담 일정 보기"),
      rescheduled: T("INY_MGR_CONSULT_MOVED_V1", "담당 상담 시간이 바뀌었어요", "#{닉네임}님, 회원이 매니저님과의 1:1 상담 시간을 바꿨어요. 상담 일정에서 새 시간을 확인해 주세요.", NICK, "상담 일정 보기"),
      cancelled: T("INY_MGR_CONSULT_CANCELLED_V1", "담당 상담이 취소되었어요", "#{닉네임}님, 회원이 매니저님과의 1:1 상담 예약을 취소했어요. 그 시간은 다시 예약을 받을 수 있어요.", NICK, "상담 일정 보기"),
    },
    pick: (p) => {
      const change = p.str("change");
      const date = p.str("date");
      return { variant: change === "rescheduled" || change === "cancelled" ? change : "booked", href: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `/admin/consultations?date=${date}` : "/admin/consultations" };
    },
  },
  MARKETING_NOTICE: {
    category: "MARKETING",
    urgent: false,
    alimtalk: false,
    // 정보통신망법 제50조: (광고) first, the sender, and how to refuse, in the message itself
    templates: one(T("INY_MARKETING_V1", "(광고) 이번 주 인연 소식", "(광고) [인연] #{닉네임}님, 이번 주에도 새로운 회원이 많이 가입했어요. 지금 추천을 확인해 보세요.\n수신거부: 인연 > 내 정보 > 알림 설정", NICK, "추천 보기")),
    pick: () => ({ variant: "default", href: "/recommendations" }),
  },
};

export type RenderedNotification = { kind: NotificationKind; template: NotificationTemplate; variables: Record<string, string>; title: string; body: string; href: string };

const payloadReader = (payload: unknown): Payload => ({
  str(key) {
    const v = payload && typeof payload === "object" ? (payload as Record<string, unknown>)[key] : undefined;
    return typeof v === "string" && /^[0-9a-zA-Z_:.-]{1,64}$/.test(v) ? v : null;
  },
});

/** #{변수} → value; a variable without a value stays visible (the unit test fails on that) */
export const fillTemplate = (text: string, vars: Record<string, string>) => text.replace(/#\{([^}]+)\}/g, (all, name: string) => vars[name] ?? all);

/** The one rendering of a notification: template, variables, title, body and link. */
export function renderNotification(kind: NotificationKind, payload: unknown, nickname: string): RenderedNotification {
  const spec = KIND_SPECS[kind];
  const picked = spec.pick(payloadReader(payload));
  const template = spec.templates[picked.variant] ?? spec.templates.default!;
  const variables = { 닉네임: nickname, ...picked.vars };
  return { kind, template, variables, title: fillTemplate(template.title, variables), body: fillTemplate(template.text, variables), href: picked.href };
}

/** every template of every kind (registration with Solapi, the local server, the unit test) */
export const ALL_TEMPLATES: NotificationTemplate[] = Object.values(KIND_SPECS).flatMap((s) => Object.values(s.templates));
