// PUT /api/profile use case: create or replace the member's own profile. Gender and birth year come
// from onboarding (not editable here); photos are managed by their own routes and are preserved.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation, type RunContext } from "@/lib/core/operation";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { lapseOnProfileEdit } from "@/lib/documents/badges";
import { DEFAULT_VISIBILITY, parseVisibility } from "./public-profile";
import { ownProfileSelect, toOwnProfileDto } from "./get-own-profile";
import { z } from "zod";
import { ZOwnProfileDto, ZProfileRequest, type ProfileInput } from "./schemas";

const invalid = (field: string, message: string) => new AppError("VALIDATION_FAILED", message, { fields: { [field]: [message] } });

/** `defer`: work after the response (the operation's run context); the first-list top-up is queued there. */
export async function updateProfile({ actor, input, defer }: { actor: Actor; input: ProfileInput; defer: RunContext<"member", unknown>["defer"] }) {
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { gender: true, birthDate: true, profile: { select: { gender: true, birthYear: true, visibility: true, job: true, education: true, maritalHistory: true, incomeBand: true } } },
  });
  if (!user) throw notFound("회원");

  // Identity facts are fixed at onboarding; a profile row only mirrors them for matching queries.
  const gender = user.gender ?? user.profile?.gender ?? null;
  const birthYear = user.birthDate?.getUTCFullYear() ?? user.profile?.birthYear ?? null;
  if (!gender || !birthYear) throw new AppError("CONFLICT", "가입 정보(성별·생년월일)가 없어요. 가입 정보 입력을 먼저 마쳐 주세요.");
  if (input.gender !== undefined && input.gender !== gender) throw invalid("gender", "성별은 가입할 때 입력한 정보라 바꿀 수 없어요.");
  if (input.birthYear !== undefined && input.birthYear !== birthYear) throw invalid("birthYear", "출생연도는 가입할 때 입력한 생년월일로 정해져서 바꿀 수 없어요.");

  // an omitted visibility keeps what was set; a partial one changes only the fields it names
  const visibility = { ...(user.profile ? parseVisibility(user.profile.visibility) : DEFAULT_VISIBILITY), ...input.visibility };
  const fields = {
    nickname: input.nickname,
    gender,
    birthYear,
    height: input.height,
    region: input.region,
    job: input.job,
    intro: input.intro,
    keywords: input.keywords,
    visibility,
    education: input.education,
    jobCategory: input.jobCategory,
    incomeBand: input.incomeBand,
    religion: input.religion,
    smoking: input.smoking,
    drinking: input.drinking,
    maritalHistory: input.maritalHistory,
    children: input.children,
    marriageTiming: input.marriageTiming,
  };
  const profile = await prisma.$transaction(async (tx) => {
    const saved = await tx.profile.upsert({
      where: { userId: actor.userId },
      // `photos` is deliberately absent from both branches: it is owned by the photo routes
      create: { userId: actor.userId, ...fields },
      update: fields,
      select: ownProfileSelect,
    });
    // a badge proved its field as it was (재직 the job, 학력 the education, 혼인관계 the marital history,
    // 소득 the income band): changing an answered field lapses it (docs/documents.md)
    const before = user.profile;
    if (before) {
      const changed = (["job", "education", "maritalHistory", "incomeBand"] as const).filter((f) => (before[f] ?? null) !== (fields[f] ?? null) && (f === "job" || before[f] !== null));
      await lapseOnProfileEdit(tx, actor.userId, changed);
    }
    return saved;
  });
  // profile + preferences complete → the first list comes now, not next Monday (after the response)
  scheduleFirstList(defer, actor.userId);
  return { profile: await toOwnProfileDto(profile) };
}

export const updateProfileOperation = defineOperation({
  method: "PUT",
  path: "/api/profile",
  access: "member",
  tag: "profiles",
  summary: "프로필 저장 (사진은 /api/photos 로 관리)",
  body: ZProfileRequest,
  output: z.object({ profile: ZOwnProfileDto }),
  run: updateProfile,
});
