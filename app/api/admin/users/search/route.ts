// POST /api/admin/users/search – seal a search term into a short-lived token (no PII in URLs)
import { route } from "@/lib/http/route";
import { createSearchOperation } from "@/lib/admin/search-token";

export const POST = route(createSearchOperation);
