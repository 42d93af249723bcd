// PUT /api/preferences – create or replace my matching preferences (target gender, age range, regions, keywords)
import { updatePreferences } from "@/lib/profiles/update-preferences";
import { ZPreferencesRequest } from "@/lib/profiles/schemas";
import { parseBody } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";

export const PUT = withMember(async ({ req, actor }) => updatePreferences({ actor, input: await parseBody(req, ZPreferencesRequest) }));
