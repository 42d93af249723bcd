// PUT /api/preferences – create or replace my matching preferences
import { route } from "@/lib/http/route";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";

export const PUT = route(updatePreferencesOperation);
