// PUT /api/profile – create or replace my profile (photos are managed by /api/photos/*)
import { updateProfile } from "@/lib/profiles/update-profile";
import { ZProfileRequest } from "@/lib/profiles/schemas";
import { parseBody } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";

export const PUT = withMember(async ({ req, actor }) => updateProfile({ actor, input: await parseBody(req, ZProfileRequest) }));
