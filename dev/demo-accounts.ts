// Demo Kakao accounts shared by the local Kakao-compatible server (consent page) and the seed.
// The seed guarantees a complete member (or the admin) behind each of these Kakao ids.
import { DEMO_ADMIN_KAKAO_ID } from "@/lib/core/demo-admin";

export { DEMO_ADMIN_KAKAO_ID };

export type DemoAccount = {
  kakaoId: string;
  /** the Kakao nickname (what Kakao sends at sign-in) */
  nickname: string;
  /** the nickname on the seeded profile, what other members see: a nickname, not a name */
  profileNickname?: string;
  /** what the demo account is for, shown on the consent page */
  label: string;
  kind: "admin" | "member" | "banned";
  gender?: "M" | "F";
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { kakaoId: DEMO_ADMIN_KAKAO_ID, nickname: "운영자", label: "데모 관리자", kind: "admin" },
  { kakaoId: "900000001", nickname: "민준", profileNickname: "영화보는민준", label: "데모 회원 (남, 서울)", kind: "member", gender: "M" },
  { kakaoId: "900000002", nickname: "서연", profileNickname: "사진찍는서연", label: "데모 회원 (여, 서울)", kind: "member", gender: "F" },
  { kakaoId: "900000003", nickname: "도윤", profileNickname: "캠핑가는도윤", label: "데모 회원 (남, 경기)", kind: "member", gender: "M" },
  { kakaoId: "900000004", nickname: "지우", profileNickname: "요리하는지우", label: "데모 회원 (여, 경기)", kind: "member", gender: "F" },
  { kakaoId: "900000005", nickname: "하준", profileNickname: "산오르는하준", label: "데모 회원 (남, 부산)", kind: "member", gender: "M" },
  { kakaoId: "900000006", nickname: "하은", profileNickname: "맛집찾는하은", label: "데모 회원 (여, 부산)", kind: "member", gender: "F" },
  { kakaoId: "900000099", nickname: "차단회원", label: "이용 정지된 회원", kind: "banned", gender: "M" },
];
