// Toss Payments' bank codes (가상계좌 issuing banks and refund accounts) and the names members know.
// Toss answers a virtual account with its bankCode; its cancel API takes refundReceiveAccount.bank as
// a code. The refund form (lib/refunds/schemas.ts REFUND_BANKS) lists banks by name: TOSS_BANK_CODE
// maps each of them to Toss's code.
export const TOSS_BANK_NAME: Record<string, string> = {
  "39": "경남은행",
  "34": "광주은행",
  "06": "KB국민은행",
  "03": "IBK기업은행",
  "11": "NH농협은행",
  "31": "대구은행",
  "32": "부산은행",
  "45": "새마을금고",
  "07": "수협은행",
  "88": "신한은행",
  "48": "신협",
  "20": "우리은행",
  "71": "우체국",
  "37": "전북은행",
  "35": "제주은행",
  "89": "케이뱅크",
  "90": "카카오뱅크",
  "92": "토스뱅크",
  "81": "하나은행",
  "23": "SC제일은행",
};

/** The bank's name for a Toss bank code ("은행 코드 99" when Toss adds one we do not know yet). */
export const bankNameOf = (code: string) => TOSS_BANK_NAME[code] ?? `은행 코드 ${code}`;

/** Toss's code for a bank name of the refund form, or undefined. */
export function tossBankCodeOf(name: string): string | undefined {
  return Object.entries(TOSS_BANK_NAME).find(([, n]) => n === name)?.[0];
}
