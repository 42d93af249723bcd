// A member's public profile as a card: first photo, nickname, the fields they made visible, the
// verified badges they let others see, keywords.
// Presentational only; `children` is the action area (like button, match status…).
import { Fragment } from "react";
import { IllustratedAvatar } from "@/components/ui/illustrated-avatar";
import type { PublicProfile } from "@/lib/profiles/public-profile";
import { VerifiedBadges } from "@/components/documents/verified-badges";
import { IdentityBadge } from "@/components/members/identity-badge";
import { MARRIAGE_FIELD_KEYS, MARRIAGE_FIELDS } from "@/lib/profiles/constants";
import { MARRIAGE_TIMING_CARD_LABEL } from "@/lib/core/labels";

export function ProfileCard({ profile, badge, children }: { profile: PublicProfile; badge?: React.ReactNode; children?: React.ReactNode }) {
  const headingId = `profile-${profile.userId}`;
  const facts = [profile.age !== null ? `${profile.age}세` : null, profile.region, profile.job, profile.height !== null ? `${profile.height}cm` : null].filter(Boolean);
  // the marriage profile: only what the member made visible arrives here (the rest is null)
  const marriage = MARRIAGE_FIELD_KEYS.flatMap((k) => {
    const v = profile[k];
    if (!v) return [];
    return [k === "marriageTiming" ? MARRIAGE_TIMING_CARD_LABEL[v as keyof typeof MARRIAGE_TIMING_CARD_LABEL] : MARRIAGE_FIELDS[k].labels[v]];
  });
  const photo = profile.photoUrls[0];
  return (
    <article aria-labelledby={headingId} className="overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm">
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- pre-signed storage URLs, not optimizable
        <img src={photo} alt={`${profile.nickname}님의 사진`} className="aspect-[4/3] w-full object-cover" loading="lazy" />
      ) : (
        <IllustratedAvatar seed={profile.userId} gender={profile.gender} className="aspect-[4/3] w-full" />
      )}
      <div className="space-y-3 p-5">
        <div className="flex items-center justify-between gap-2">
          <h3 id={headingId} className="text-lg font-bold text-stone-900">
            {profile.nickname}
          </h3>
          {badge}
        </div>
        <IdentityBadge verified={profile.identityVerified} />
        {facts.length > 0 ? <p className="text-sm text-stone-600">{facts.join(" · ")}</p> : null}
        <VerifiedBadges badges={profile.badges} />
        {marriage.length > 0 ? (
          <p aria-label="결혼 정보" className="text-sm text-stone-600">
            {/* one fact never breaks across lines ("술 자주 마셔요") */}
            {marriage.map((m, i) => (
              <Fragment key={m}>
                {i > 0 ? " · " : null}
                <span className="whitespace-nowrap">{m}</span>
              </Fragment>
            ))}
          </p>
        ) : null}
        {profile.intro ? <p className="whitespace-pre-line text-sm text-stone-700">{profile.intro}</p> : null}
        {profile.keywords.length > 0 ? (
          <ul aria-label="키워드" className="flex flex-wrap gap-1.5">
            {profile.keywords.map((k) => (
              <li key={k} className="rounded-full bg-stone-100 px-2.5 py-1 text-xs text-stone-700">
                #{k}
              </li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
    </article>
  );
}
