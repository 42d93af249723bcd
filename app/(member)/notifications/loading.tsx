// the member skeleton while this page's data loads (components/ui/member-loading.tsx says where it is not used and why)
export { MemberLoading as default } from "@/components/ui/member-loading";
