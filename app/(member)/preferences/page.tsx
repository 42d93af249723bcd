// /preferences – my matching preferences (이상형): target gender, age range, regions, keywords.
import { requireMember } from "@/lib/auth/page-actor";
import { KEYWORDS, REGIONS } from "@/lib/profiles/constants";
import { getOwnPreferences, getProfileEditor } from "@/lib/profiles/get-own-profile";
import { AGE_MAX, AGE_MIN, HEIGHT_MAX, HEIGHT_MIN, MAX_KEYWORDS } from "@/lib/profiles/schemas";
import { Card, PageTitle } from "@/components/ui/card";
import { PreferencesForm } from "@/components/profiles/preferences-form";
import { savePreferencesAction } from "./actions";

export const metadata = { title: "이상형" };

export default async function PreferencesPage() {
  const actor = await requireMember();
  const [preferences, { fixed }] = await Promise.all([getOwnPreferences(actor.userId), getProfileEditor(actor.userId)]);
  // a first-time default: the other gender, and ages around the member's own
  const ownAge = fixed.birthYear ? new Date().getFullYear() - fixed.birthYear : 35;
  const defaults = {
    targetGender: fixed.gender === "M" ? ("F" as const) : fixed.gender === "F" ? ("M" as const) : null,
    ageMin: Math.max(AGE_MIN, ownAge - 5),
    ageMax: Math.min(AGE_MAX, ownAge + 5),
  };
  return (
    <>
      <PageTitle sub="서로의 조건이 맞는 분만 추천해 드려요. 조건을 넓힐수록 더 많은 분을 만날 수 있어요.">이상형</PageTitle>
      <Card>
        <PreferencesForm
          save={savePreferencesAction}
          preferences={preferences}
          defaults={defaults}
          limits={{ ageMin: AGE_MIN, ageMax: AGE_MAX, maxKeywords: MAX_KEYWORDS, heightMin: HEIGHT_MIN, heightMax: HEIGHT_MAX }}
          regions={REGIONS}
          keywords={KEYWORDS}
        />
      </Card>
    </>
  );
}
