// GET /api/me/export.txt – my data as a readable text file (Korean labels, Seoul times)
import { route } from "@/lib/http/route";
import { exportMyDataTextOperation } from "@/lib/members/export-my-data-text";

export const GET = route(exportMyDataTextOperation);
