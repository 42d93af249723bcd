// GET|PUT /api/admin/users/{id}/memo – the admin memo (S3 JSON, versioned)
import { route } from "@/lib/http/route";
import { getMemoOperation, putMemoOperation } from "@/lib/admin/memo";

export const GET = route(getMemoOperation);
export const PUT = route(putMemoOperation);
