// Canned answers the admin inbox offers as a starting text (the operator edits before sending).
export const CANNED_ANSWERS: readonly { id: string; label: string; text: string }[] = [
  { id: "thanks", label: "확인 후 안내", text: "안녕하세요, 인연 운영팀입니다. 문의해 주셔서 감사합니다. 확인해 보니 " },
  { id: "refund", label: "환불 안내", text: "안녕하세요, 인연 운영팀입니다. 환불은 결제 내역 화면에서 바로 요청하실 수 있고, 금액은 환불 정책에 따라 계산됩니다. 자세한 기준은 자주 묻는 질문의 환불 항목을 확인해 주세요." },
  { id: "verification", label: "인증 안내", text: "안녕하세요, 인연 운영팀입니다. 서류 인증은 보통 1영업일 안에 검토됩니다. 반려되었다면 사유를 확인한 뒤 다시 올려 주세요." },
  { id: "safety", label: "안전 안내", text: "안녕하세요, 인연 운영팀입니다. 알려 주셔서 감사합니다. 해당 회원을 확인하고 있으며, 필요하면 차단하기로 바로 연락을 막으실 수 있습니다." },
];
