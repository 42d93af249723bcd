// PUT /api/profile – create or replace my profile
import { route } from "@/lib/http/route";
import { updateProfileOperation } from "@/lib/profiles/update-profile";

export const PUT = route(updateProfileOperation);
