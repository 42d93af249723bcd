// The active match's contact line, pure (tests/unit/contact-message.test.ts): "확인해 보세요" only
// when a number is really shown, otherwise whose consent to share contacts is missing.
export type ContactState = { mine: boolean; partner: boolean; visible: boolean };

export function activeMatchMessage(s: ContactState): string {
  if (s.visible) return "매칭이 확정되었어요. 아래에서 연락처를 확인해 보세요.";
  if (!s.mine && !s.partner) return "매칭이 확정되었어요. 두 분 모두 연락처 공개에 동의하면 연락처가 보여요. 아래에서 먼저 동의해 주세요.";
  if (!s.mine) return "매칭이 확정되었어요. 상대방은 동의했어요. 회원님이 아래에서 연락처 공개에 동의하면 서로의 연락처가 보여요.";
  if (!s.partner) return "매칭이 확정되었어요. 상대방이 아직 연락처 공개에 동의하지 않았어요. 동의하면 연락처가 보이고 알려 드릴게요.";
  return "매칭이 확정되었어요. 상대방의 연락처를 지금은 보여 드릴 수 없어요. 궁금한 점은 고객센터로 문의해 주세요.";
}
