// the member skeleton while this page's data loads; this folder is a route group (or a leaf) holding only
// this page, so the boundary never wraps a sibling that answers 404 (components/ui/member-loading.tsx)
export { MemberLoading as default } from "@/components/ui/member-loading";
