// What a 광고 message must look like (정보통신망법 제50조, 시행령 별표 6): "(광고)" first, the sender
// ([인연]) named, and how to refuse for free in the message itself; one LMS long at most. Pure, so the
// admin's composer (components/admin/campaign-form.tsx) checks as it is typed what the operation checks.
import { smsBytes } from "./sms-bytes";

export const AD_PREFIX = "(광고)";
/** the last line of every 광고: how to refuse, free of charge, in the app */
export const REFUSAL_LINE = "수신거부: 인연 > 내 정보 > 알림 설정";
/** an LMS subject holds 40 bytes, "(광고) " included */
export const TITLE_MAX_BYTES = 40;
/** one LMS holds 2,000 bytes; the link to the app (about 60) follows the text */
export const BODY_MAX_BYTES = 1900;
export const CAMPAIGN_BODY_TEMPLATE = `${AD_PREFIX} [인연] \n\n${REFUSAL_LINE}`;

/** the subject members see: "(광고) " first, as the law asks of the subject line too */
export const campaignTitle = (title: string) => (title.startsWith(AD_PREFIX) ? title : `${AD_PREFIX} ${title}`);

export { smsBytes };
