// GET /api/admin/users/export.csv – the current filter as an Excel-friendly CSV (streamed)
import { route } from "@/lib/http/route";
import { exportUsersCsvOperation } from "@/lib/admin/export-users-csv";

export const GET = route(exportUsersCsvOperation);
