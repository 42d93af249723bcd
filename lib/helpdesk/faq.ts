// The FAQ's answers, built from the facts the app itself uses: prices and benefits from the price
// table (lib/payments/products.ts), refund figures from the one refund function (refundQuote), so the
// FAQ cannot drift from what is charged or refunded. Pure; tests/unit/faq.test.ts.
import { FREE_WEEKLY_RECOMMENDATIONS, PRODUCTS, formatKrw, MATCH_FEE_PRODUCT_ID } from "@/lib/payments/products";
import { percent, refundQuote, REFUND_POLICY } from "@/lib/payments/refund-policy";
import { CONSULTATION_CUTOFF_HOURS } from "@/lib/consultations/balance";

export type FaqEntry = { id: string; topic: string; question: string; answer: string };

const DAY = 86_400_000;

export function faqEntries(now = new Date(0)): FaqEntry[] {
  const fee = PRODUCTS.find((p) => p.id === MATCH_FEE_PRODUCT_ID)!;
  const memberships = PRODUCTS.filter((p) => p.kind === "MEMBERSHIP");
  const priceList = memberships.map((p) => `${p.name} ${formatKrw(p.price)} (매주 추천 ${p.weeklyRecommendations}명${p.consultations ? `, 매니저 1:1 상담 ${p.consultations}회` : ""})`).join(", ");
  // a worked example from refundQuote: the most expensive membership, 30 days into its period
  const example = memberships.reduce((a, b) => (b.price > a.price ? b : a));
  const start = new Date(now.getTime());
  const at = new Date(start.getTime() + 30 * DAY);
  const quote = refundQuote({ purpose: "MEMBERSHIP", amount: example.price, refundedAmount: 0, approvedAt: start, periodStart: start, periodEnd: new Date(start.getTime() + (example.durationDays ?? 0) * DAY), benefitUsed: true }, at);
  const feeAfter = refundQuote({ purpose: "MATCH_FEE", amount: fee.price, refundedAmount: 0, approvedAt: start, periodStart: null, periodEnd: null, matchStatus: "ACTIVE" }, at);
  return [
    { id: "price", topic: "요금", question: "이용 요금은 얼마인가요?", answer: `가입, 프로필 등록, 매주 추천 ${FREE_WEEKLY_RECOMMENDATIONS}명, 좋아요는 무료예요. 서로 좋아요를 보내 매칭이 성사되면 매칭 이용료 ${formatKrw(fee.price)}을 결제해요. 멤버십은 ${priceList}이에요.` },
    { id: "consultation", topic: "요금", question: "매니저 상담은 어떻게 받나요?", answer: `상담이 포함된 멤버십이면 '매니저 상담' 화면에서 열린 시간을 골라 예약해요. 예약·변경·취소는 상담 시작 ${CONSULTATION_CUTOFF_HOURS}시간 전까지 할 수 있고, 취소하면 횟수를 돌려 드려요.` },
    { id: "refund", topic: "환불", question: "환불은 어떻게 계산되나요?", answer: `멤버십은 결제 후 ${REFUND_POLICY.withdrawalDays}일 이내에 혜택을 이용하지 않았다면 전액 환불돼요. 그 뒤에는 이용한 날짜만큼과 위약금 ${percent(REFUND_POLICY.membershipPenaltyRate)}를 빼고 돌려 드려요. 예를 들어 ${example.name}(${formatKrw(example.price)})을 30일 이용했다면 ${formatKrw(quote.amount)}이 환불돼요. 매칭 이용료는 매칭 확정 전이면 전액, 확정 뒤 만남 전이면 ${formatKrw(feeAfter.amount)}(${percent(REFUND_POLICY.matchFeeAfterActivationRate)})을 돌려 드려요.` },
    { id: "verification", topic: "인증", question: "본인·서류 인증은 왜 하나요?", answer: "모든 회원은 가입할 때 본인 확인을 거쳐요. 재직·학력·혼인관계·소득 서류를 올리면 운영팀이 확인한 뒤 프로필에 배지가 붙고, 올린 서류 원본은 정해진 기간 뒤 삭제돼요." },
    { id: "safety", topic: "안전", question: "불편한 회원이 있으면 어떻게 하나요?", answer: "상대 프로필이나 매칭 화면의 차단하기로 서로 더 이상 보이지 않게 할 수 있고, 신고하기로 운영팀에 알릴 수 있어요. 급한 일이면 1:1 문의의 '안전·신고' 유형으로 남겨 주세요." },
    { id: "withdrawal", topic: "탈퇴", question: "탈퇴하면 내 정보는 어떻게 되나요?", answer: "내 정보 > 회원 탈퇴에서 바로 탈퇴할 수 있어요. 프로필과 사진은 즉시 다른 회원에게 보이지 않고, 법으로 보관해야 하는 결제 기록을 빼고는 정해진 기간 뒤 삭제돼요. 탈퇴 전에 '내 정보 사본 받기'로 내 정보를 내려받을 수 있어요." },
  ];
}
