// Any /admin/… address without a page: the admin 404 (inside the admin layout, so only admins see
// it) rather than the site-wide one. Real admin pages always take precedence over this catch-all.
import { notFound } from "next/navigation";

export default function AdminMissingPage() {
  notFound();
}
