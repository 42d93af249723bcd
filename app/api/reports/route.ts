// POST /api/reports – report a member (reason category, optional detail); reporting also blocks them
import { createReport } from "@/lib/reports/create-report";
import { ZReportRequest } from "@/lib/reports/schemas";
import { parseBody } from "@/lib/core/parse";
import { json, withMember } from "@/lib/http/route";

export const POST = withMember(async ({ req, actor }) => {
  const report = await createReport({ actor, ...(await parseBody(req, ZReportRequest)) });
  return json({ report }, { status: 201 });
});
