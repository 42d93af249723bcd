// Every API operation, in the order the reference shows them. app/api/**/route.ts files export these
// through lib/http/route.ts; tests/unit/openapi.test.ts proves the two sets are equal.
import type { Operation } from "@/lib/core/operation";
import { verifyAdminOperation } from "@/lib/admin/verify-admin";
import { banMemberOperation, unbanMemberOperation } from "@/lib/admin/ban-member";
import { createManualMatchOperation } from "@/lib/admin/create-match";
import { deleteMemberOperation } from "@/lib/admin/delete-member";
import { exportUsersCsvOperation } from "@/lib/admin/export-users-csv";
import { getAdminStatsOperation } from "@/lib/admin/get-stats";
import { getUserDetailOperation } from "@/lib/admin/get-user-detail";
import { listAuditOperation } from "@/lib/admin/list-audit";
import { listCandidatesOperation } from "@/lib/admin/list-candidates";
import { listAdminMatchesOperation } from "@/lib/admin/list-matches";
import { listUsersOperation } from "@/lib/admin/list-users";
import { logConsultationOperation } from "@/lib/admin/log-consultation";
import { getMemoOperation, putMemoOperation } from "@/lib/admin/memo";
import { listReportsOperation, resolveReportOperation } from "@/lib/admin/reports";
import { revealPiiOperation } from "@/lib/admin/reveal-pii";
import { unmatchOperation } from "@/lib/admin/unmatch";
import { updateMembershipOperation } from "@/lib/admin/update-membership";
import { activateMatchOperation } from "@/lib/matching/activate-match";
import { getMatchContactOperation } from "@/lib/matching/contact";
import { giveContactConsentOperation, revokeContactConsentOperation } from "@/lib/matching/contact-consent";
import { adminListPaymentsOperation } from "@/lib/payments/admin-list-payments";
import { getMoneyOverviewOperation } from "@/lib/payments/money-overview";
import { recheckParkedPaymentOperation } from "@/lib/payments/recheck-parked";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { getPaymentOperation } from "@/lib/payments/get-payment";
import { getTossPaymentOperation } from "@/lib/payments/get-toss-payment";
import { listMyPaymentsOperation } from "@/lib/payments/list-my-payments";
import { listProductsOperation } from "@/lib/payments/list-products";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { tossWebhookOperation } from "@/lib/payments/toss-webhook";
import { verifyPaymentOperation } from "@/lib/payments/verify-payment";
import { getMatchOperation } from "@/lib/matching/get-match";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { submitMatchFeedbackOperation } from "@/lib/matching/match-feedback";
import { passMemberOperation } from "@/lib/matching/pass-member";
import { unlikeMemberOperation } from "@/lib/matching/unlike-member";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read";
import { getNotificationSettingsOperation, updateNotificationSettingsOperation } from "@/lib/notifications/notification-settings";
import { setNotificationEmailOperation, verifyNotificationEmailOperation } from "@/lib/notifications/notification-email";
import { listMemberDeliveriesOperation, resendDeliveryOperation } from "@/lib/admin/notification-deliveries";
import { cancelCampaignOperation, listCampaignsOperation, marketingAudienceOperation, scheduleCampaignOperation } from "@/lib/notifications/campaigns";
import { listMatchesOperation } from "@/lib/matching/list-matches";
import { blockMemberOperation } from "@/lib/members/block-member";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { exportMyDataOperation } from "@/lib/members/export-my-data";
import { getMeOperation } from "@/lib/members/get-me";
import { kakaoUnlinkGetOperation, kakaoUnlinkPostOperation } from "@/lib/members/kakao-unlink";
import { listBlocksOperation } from "@/lib/members/list-blocks";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";
import { unblockMemberOperation } from "@/lib/members/unblock-member";
import { withdrawSelfOperation } from "@/lib/members/withdraw-member";
import { attachPhotoOperation, createPhotoUploadUrlOperation, deletePhotoOperation, listMyPhotosOperation, reorderPhotosOperation } from "@/lib/profiles/photos";
import { listPhotoQueueOperation } from "@/lib/admin/photo-queue";
import { reviewPhotoOperation } from "@/lib/admin/review-photo";
import { createDocumentUploadUrlOperation, listMyDocumentsOperation, submitDocumentOperation } from "@/lib/documents/documents";
import { listDocumentQueueOperation } from "@/lib/admin/document-queue";
import { reviewDocumentOperation } from "@/lib/admin/review-document";
import { viewDocumentOperation } from "@/lib/admin/view-document";
import { countReviewQueuesOperation } from "@/lib/admin/review-queues";
import { decideIdentityExceptionOperation, listIdentityExceptionsOperation } from "@/lib/admin/identity-exceptions";
import { verifyIdentityOperation } from "@/lib/identity/verify-identity";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { requestFirstListOperation } from "@/lib/member-recommendations/request-first-list";
import { getMatchConditionsOperation } from "@/lib/member-recommendations/get-match-conditions";
import { runRecommendationsOperation } from "@/lib/jobs/run-weekly-job";
import { cronJobOperation } from "@/lib/jobs/cron-operation";
import { createReportOperation } from "@/lib/reports/create-report";
import { healthOperation } from "@/lib/system/health";
import { readinessOperation } from "@/lib/system/readiness";
import { getMetricsOperation } from "@/lib/observability/get-metrics";
import { approveRefundOperation, payRefundOperation, rejectRefundOperation } from "@/lib/refunds/decide-refund";
import { adminListRefundsOperation, listMyRefundsOperation } from "@/lib/refunds/list-refunds";
import { setRefundAccountOperation } from "@/lib/refunds/refund-account";
import { cancelOpenOrderOperation } from "@/lib/payments/cancel-open-order";
import { requestRefundOperation } from "@/lib/refunds/request-refund";
import { openApiOperation } from "./document-operation";

import { exportMyDataTextOperation } from "@/lib/members/export-my-data-text";
import { undoPassOperation } from "@/lib/matching/undo-pass";
import { createSearchOperation } from "@/lib/admin/search-token";
import { putManagerProfileOperation } from "@/lib/consultations/managers";
import { publishSlotOperation } from "@/lib/consultations/publish-slot";
import { myConsultationsOperation } from "@/lib/consultations/my-consultations";
import { bookConsultationOperation, rescheduleConsultationOperation } from "@/lib/consultations/book-consultation";
import { cancelConsultationOperation } from "@/lib/consultations/cancel-consultation";
import { managerDayOperation } from "@/lib/consultations/manager-day";
import { recordOutcomeOperation } from "@/lib/consultations/record-outcome";
import { assignMembersOperation } from "@/lib/managers/assign-members";
import { myMembersOperation } from "@/lib/managers/my-members";
import { addInquiryMessageOperation, createInquiryOperation, getMyInquiryOperation, listMyInquiriesOperation } from "@/lib/helpdesk/member-inquiries";
import { answerInquiryOperation, assignInquiryOperation, listInquiriesOperation } from "@/lib/helpdesk/admin-inquiries";
import { createScreenshotUploadUrlOperation } from "@/lib/helpdesk/screenshots";
export const OPERATIONS: readonly Operation[] = [
  // auth & members
  syncKakaoOperation,
  getMeOperation,
  withdrawSelfOperation,
  exportMyDataOperation,
  exportMyDataTextOperation,
  completeOnboardingOperation,
  verifyIdentityOperation,
  // profiles & photos
  updateProfileOperation,
  updatePreferencesOperation,
  createPhotoUploadUrlOperation,
  listMyPhotosOperation,
  attachPhotoOperation,
  deletePhotoOperation,
  reorderPhotosOperation,
  // verification documents (badges)
  createDocumentUploadUrlOperation,
  submitDocumentOperation,
  listMyDocumentsOperation,
  // safety
  listBlocksOperation,
  blockMemberOperation,
  unblockMemberOperation,
  createReportOperation,
  // matching
  listMemberRecommendationsOperation,
  requestFirstListOperation,
  getMatchConditionsOperation,
  likeMemberOperation,
  unlikeMemberOperation,
  passMemberOperation,
  undoPassOperation,
  listMatchesOperation,
  getMatchOperation,
  submitMatchFeedbackOperation,
  getMatchContactOperation,
  giveContactConsentOperation,
  revokeContactConsentOperation,
  // payments
  listProductsOperation,
  readyTossPaymentOperation,
  confirmTossPaymentOperation,
  getTossPaymentOperation,
  createTransferIntentOperation,
  listMyPaymentsOperation,
  getPaymentOperation,
  listMyRefundsOperation,
  requestRefundOperation,
  setRefundAccountOperation,
  cancelOpenOrderOperation,
  // notifications
  listNotificationsOperation,
  markNotificationsReadOperation,
  getNotificationSettingsOperation,
  updateNotificationSettingsOperation,
  setNotificationEmailOperation,
  verifyNotificationEmailOperation,
  // member service: consultations and help desk
  myConsultationsOperation,
  bookConsultationOperation,
  rescheduleConsultationOperation,
  cancelConsultationOperation,
  createInquiryOperation,
  listMyInquiriesOperation,
  getMyInquiryOperation,
  addInquiryMessageOperation,
  createScreenshotUploadUrlOperation,
  // admin
  verifyAdminOperation,
  adminListPaymentsOperation,
  getMoneyOverviewOperation,
  recheckParkedPaymentOperation,
  verifyPaymentOperation,
  cancelPaymentOperation,
  adminListRefundsOperation,
  approveRefundOperation,
  rejectRefundOperation,
  payRefundOperation,
  activateMatchOperation,
  getAdminStatsOperation,
  listUsersOperation,
  createSearchOperation,
  exportUsersCsvOperation,
  getUserDetailOperation,
  revealPiiOperation,
  logConsultationOperation,
  putManagerProfileOperation,
  publishSlotOperation,
  managerDayOperation,
  recordOutcomeOperation,
  assignMembersOperation,
  myMembersOperation,
  listInquiriesOperation,
  answerInquiryOperation,
  assignInquiryOperation,
  getMemoOperation,
  listMemberDeliveriesOperation,
  resendDeliveryOperation,
  marketingAudienceOperation,
  listCampaignsOperation,
  scheduleCampaignOperation,
  cancelCampaignOperation,
  putMemoOperation,
  listCandidatesOperation,
  updateMembershipOperation,
  banMemberOperation,
  unbanMemberOperation,
  deleteMemberOperation,
  listAdminMatchesOperation,
  createManualMatchOperation,
  unmatchOperation,
  listReportsOperation,
  resolveReportOperation,
  listPhotoQueueOperation,
  reviewPhotoOperation,
  listDocumentQueueOperation,
  viewDocumentOperation,
  reviewDocumentOperation,
  countReviewQueuesOperation,
  listIdentityExceptionsOperation,
  decideIdentityExceptionOperation,
  listAuditOperation,
  runRecommendationsOperation,
  // system
  cronJobOperation,
  kakaoUnlinkPostOperation,
  kakaoUnlinkGetOperation,
  tossWebhookOperation,
  healthOperation,
  readinessOperation,
  getMetricsOperation,
  openApiOperation,
];
