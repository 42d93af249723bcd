// Only members with an approved photo are recommended (docs/photos.md; the one rule is
// recommendableSql in lib/core/visibility): over a built week, the first-list top-up and
// the admin's candidates, a member with no photo, only a pending one or only a rejected one appears
// in nobody's list and gets none; their first approval brings their first list.
import { beforeAll, describe, expect, it } from "vitest";
import { listCandidatesOperation } from "@/lib/admin/list-candidates";
import { reviewPhotoOperation } from "@/lib/admin/review-photo";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { prisma } from "@/lib/db";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import { firstListState, firstListsSettled } from "@/lib/recommendations/top-up-first-list";
import { currentWeek } from "@/lib/core/week";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const week = currentWeek();
type Member = { id: string };
let withPhoto: Member[] = [];
let noPhoto: Member, pendingOnly: Member, rejectedOnly: Member, deletedPhoto: Member;

async function photoRow(userId: string, status: "PENDING" | "REJECTED") {
  const name = crypto.randomUUID();
  return prisma.photo.create({
    data: { userId, key: `photos/${userId}/${name}.jpg`, publicKey: `photos/${userId}/public/${name}.jpg`, position: 0, status, rejectReason: status === "REJECTED" ? "FACE_NOT_VISIBLE" : null },
  });
}

beforeAll(async () => {
  withPhoto = [];
  for (let i = 0; i < 12; i++) withPhoto.push(await createMember({ gender: i % 2 ? "F" : "M", birthYear: 1992 }));
  noPhoto = await createMember({ gender: "F", birthYear: 1992, approvedPhoto: false });
  pendingOnly = await createMember({ gender: "M", birthYear: 1992, approvedPhoto: false });
  await photoRow(pendingOnly.id, "PENDING");
  rejectedOnly = await createMember({ gender: "F", birthYear: 1992, approvedPhoto: false });
  await photoRow(rejectedOnly.id, "REJECTED");
  // recommended in the build, then their only approved photo is deleted: gone from lists at once
  deletedPhoto = await createMember({ gender: "M", birthYear: 1992 });
  const out = await buildWeeklyRecommendations(week);
  expect(out.status).toBe("COMPLETED");
});

const listed = async (ids: string[]) =>
  prisma.recommendation.count({ where: { batchWeek: week, OR: [{ userId: { in: ids } }, { targetId: { in: ids } }] } });

describe("a member without an approved photo", () => {
  it("appears in nobody's list of the built week and gets no list", async () => {
    const everyone = await prisma.recommendation.findMany({ where: { batchWeek: week } });
    expect(everyone.length).toBeGreaterThan(0); // the week really built lists
    expect(await listed([noPhoto.id, pendingOnly.id, rejectedOnly.id])).toBe(0);
    const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week } });
    expect(run.eligibleCount).toBe(13); // withPhoto + deletedPhoto
    for (const m of [noPhoto, pendingOnly, rejectedOnly]) expect((await firstListState(m.id)).state).toBe("NEEDS_PHOTO");
  });

  it("leaves every list as soon as their last approved photo is gone", async () => {
    const viewers = await prisma.recommendation.findMany({ where: { batchWeek: week, targetId: deletedPhoto.id }, select: { userId: true } });
    expect(viewers.length).toBeGreaterThan(0);
    await prisma.photo.deleteMany({ where: { userId: deletedPhoto.id } });
    for (const v of viewers) {
      const res = await callOp(listMemberRecommendationsOperation, { as: { id: v.userId }, query: { week } });
      expect(res.status).toBe(200);
      expect(res.body.items.map((i) => i.profile.userId)).not.toContain(deletedPhoto.id);
    }
  });

  it("is not among an admin's manual-match candidates", async () => {
    const admin = await createMember({ role: "ADMIN", withProfile: false });
    const man = withPhoto[0];
    const res = await callOp(listCandidatesOperation, { as: admin, params: { id: man.id } });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(noPhoto.id);
    expect(ids).not.toContain(rejectedOnly.id);
  });

  it("gets a first list right after an operator approves their photo (the first-list top-up)", async () => {
    const photo = await prisma.photo.findFirstOrThrow({ where: { userId: pendingOnly.id } });
    const admin = await createMember({ role: "ADMIN", withProfile: false });
    const res = await callOp(reviewPhotoOperation, { as: admin, params: { id: photo.id }, body: { decision: "APPROVE" } });
    expect(res.status).toBe(200);
    await firstListsSettled();
    const list = await prisma.recommendation.findMany({ where: { batchWeek: week, userId: pendingOnly.id } });
    expect(list.length).toBeGreaterThan(0);
    for (const r of list) expect([noPhoto.id, rejectedOnly.id]).not.toContain(r.targetId);
    expect((await firstListState(pendingOnly.id)).state).toBe("HAS_LIST");
  });
});
