// What /checkout/fail tells a member, chosen from the error code Toss puts on its fail redirect
// (?code&message&orderId). The redirect's `message` is never shown: anyone can craft that URL, and a
// page never renders text taken from its URL. The codes are the ones Toss's error-code reference
// lists for failUrl and for a refused card; anything else gets the default.
const CANCELED = new Set(["PAY_PROCESS_CANCELED", "USER_CANCEL"]);

const REASONS: Record<string, string> = {
  PAY_PROCESS_ABORTED: "결제를 진행하는 중에 승인이 되지 않아 결제가 중단되었어요.",
  REJECT_CARD_COMPANY: "카드사에서 결제를 승인하지 않았어요. 다른 카드로 결제하시거나 카드사에 문의해 주세요.",
  REJECT_CARD_PAYMENT: "카드 한도를 넘었거나 잔액이 부족해 결제가 거절되었어요.",
  INVALID_REJECT_CARD: "카드 사용이 거절되었어요. 카드사에 문의해 주세요.",
  INVALID_CARD_EXPIRATION: "카드 유효기간을 다시 확인해 주세요.",
  INVALID_STOPPED_CARD: "정지된 카드예요. 다른 카드로 결제해 주세요.",
  INVALID_CARD_LOST_OR_STOLEN: "분실 또는 도난 신고된 카드예요. 다른 카드로 결제해 주세요.",
  INVALID_CARD_NUMBER: "카드 번호를 다시 확인해 주세요.",
  INVALID_PASSWORD: "카드 비밀번호가 맞지 않아요. 다시 시도해 주세요.",
  EXCEED_MAX_DAILY_PAYMENT_COUNT: "오늘 결제할 수 있는 횟수를 넘었어요. 내일 다시 시도해 주세요.",
  EXCEED_MAX_PAYMENT_AMOUNT: "결제할 수 있는 금액을 넘었어요. 다른 카드로 결제해 주세요.",
  NOT_SUPPORTED_CARD_TYPE: "이 카드로는 결제할 수 없어요. 다른 카드로 결제해 주세요.",
  CARD_PROCESSING_ERROR: "카드사에서 결제를 처리하지 못했어요. 잠시 후 다시 시도해 주세요.",
  PROVIDER_ERROR: "일시적인 오류가 있었어요. 잠시 후 다시 시도해 주세요.",
};

const DEFAULT_REASON = "카드사 또는 결제창에서 결제를 마치지 못했어요.";

/** Closing or cancelling the card window is an ordinary choice, not an error. */
export const isCanceledByMember = (code: string | undefined) => !!code && CANCELED.has(code);

/** The explanation for a fail redirect's code: one of ours, never the redirect's own text. */
export const tossFailReason = (code: string | undefined) => (code && Object.hasOwn(REASONS, code) ? REASONS[code] : DEFAULT_REASON);
