// The length Korean carriers count (pure: the admin's composer counts with it in the browser).
/** SMS holds 90 bytes, LMS 2,000 (EUC-KR: a Korean letter is 2 bytes) */
export const smsBytes = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x7f ? 2 : 1), 0);
