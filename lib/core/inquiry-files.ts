// Where a member's 1:1 문의 screenshots live in storage (lib/helpdesk/screenshots.ts writes them; the
// withdrawal in lib/members erases the prefix). Declared here, below both domains.
export const inquiryKeyPrefix = (memberId: string) => `inquiries/${memberId}/`;
