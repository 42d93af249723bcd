// Every API operation, in the order the reference shows them. app/api/**/route.ts files export these
// through lib/http/route.ts; tests/unit/openapi.test.ts proves the two sets are equal.
import type { Operation } from "@/lib/core/operation";
import { verifyAdminOperation } from "@/lib/admin/verify-admin";
import { getMatchOperation } from "@/lib/matching/get-match";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { listMatchesOperation } from "@/lib/matching/list-matches";
import { blockMemberOperation } from "@/lib/members/block-member";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { exportMyDataOperation } from "@/lib/members/export-my-data";
import { getMeOperation } from "@/lib/members/get-me";
import { kakaoUnlinkGetOperation, kakaoUnlinkPostOperation } from "@/lib/members/kakao-unlink";
import { listBlocksOperation } from "@/lib/members/list-blocks";
import { syncKakaoOperation } from "@/lib/members/sync-kakao";
import { unblockMemberOperation } from "@/lib/members/unblock-member";
import { withdrawSelfOperation } from "@/lib/members/withdraw-member";
import { attachPhotoOperation, createPhotoUploadUrlOperation, deletePhotoOperation, listMyPhotosOperation, reorderPhotosOperation } from "@/lib/profiles/photos";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { listMemberRecommendationsOperation } from "@/lib/recommendations/list-member-recommendations";
import { runRecommendationsOperation, weeklyCronOperation } from "@/lib/recommendations/run-weekly-job";
import { createReportOperation } from "@/lib/reports/create-report";
import { healthOperation } from "@/lib/system/health";
import { openApiOperation } from "./document-operation";

export const OPERATIONS: readonly Operation[] = [
  // auth & members
  syncKakaoOperation,
  getMeOperation,
  withdrawSelfOperation,
  exportMyDataOperation,
  completeOnboardingOperation,
  // profiles & photos
  updateProfileOperation,
  updatePreferencesOperation,
  createPhotoUploadUrlOperation,
  listMyPhotosOperation,
  attachPhotoOperation,
  deletePhotoOperation,
  reorderPhotosOperation,
  // safety
  listBlocksOperation,
  blockMemberOperation,
  unblockMemberOperation,
  createReportOperation,
  // matching
  listMemberRecommendationsOperation,
  likeMemberOperation,
  listMatchesOperation,
  getMatchOperation,
  // admin
  verifyAdminOperation,
  runRecommendationsOperation,
  // system
  weeklyCronOperation,
  kakaoUnlinkPostOperation,
  kakaoUnlinkGetOperation,
  healthOperation,
  openApiOperation,
];
