// Issue 24 part 1 against the database: what the weekly build loads (load-pool.ts, load-pairs.ts) gives
// the fit the viewer's own actions toward each target — the like, a pass (관심 없음), a report, a rated
// meeting — and the example of that exposure has the same features whether or not the viewer did any
// of them; only its label changes. The unit test (tests/unit/recommendation-leak.test.ts) covers
// generated pools; this one holds the SQL to it (a pass or report read from the wrong side would
// leave the label in the target's passedBy, reports or meetings).
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { extractExamples } from "@/lib/recommendations/fit-model";
import { loadPool } from "@/lib/recommendations/load-pool";
import { ACT_MET_DISLIKED, ACT_PASS, ACT_REPORT } from "@/lib/recommendations/pair-codes";
import { F, FEATURES } from "@/lib/recommendations/score";
import { addWeeks } from "@/lib/core/week";
import { canonicalPair } from "@/lib/matching/pair";
import { createMember } from "../helpers/factories";
import { WEEK, exposure, like, resetAll } from "../helpers/rec-fixtures";

beforeEach(resetAll);

const D = FEATURES.length;

describe("the build's fit input leaves the viewer's own actions out of the example's features", () => {
  it("a like, pass, report and bad meeting of the viewer move the label of their exposure, not its features", async () => {
    const men = [await createMember({ gender: "M", birthYear: 1990 }), await createMember({ gender: "M", birthYear: 1991 }), await createMember({ gender: "M", birthYear: 1992 })];
    const women = [await createMember({ gender: "F", birthYear: 1992 }), await createMember({ gender: "F", birthYear: 1993 })];
    const [viewer, other1, other2] = men;
    const [target, otherWoman] = women;
    // history around the pair: others were shown the target, one passed her, one reported her, one met her
    for (const m of men) await exposure(m.id, target.id, 3);
    for (const m of men) await exposure(m.id, otherWoman.id, 6);
    await exposure(target.id, viewer.id, 2);
    await like(other1.id, otherWoman.id, addWeeks(WEEK, -6));
    await prisma.pass.create({ data: { userId: other1.id, targetId: target.id, batchWeek: addWeeks(WEEK, -3) } });
    await prisma.report.create({ data: { reporterId: other2.id, reportedId: target.id, reason: "OTHER" } });
    const met = await prisma.match.create({ data: { ...canonicalPair(other2.id, target.id), status: "CLOSED" } });
    await prisma.matchFeedback.create({ data: { matchId: met.id, userId: other2.id, met: true, rating: 5 } });

    const example = async () => {
      const pool = await loadPool(WEEK);
      const a = pool.ids.indexOf(viewer.id);
      const b = pool.ids.indexOf(target.id);
      const ex = extractExamples(pool, 1e9);
      let row = -1;
      for (let i = 0; i < ex.count; i++) if (ex.viewer[i] === a && ex.target[i] === b) row = i;
      expect(row).toBeGreaterThanOrEqual(0);
      const acts = Array.from(pool.actVal.subarray(pool.actOff[a], pool.actOff[a + 1])).filter((v) => v >> 3 === b).map((v) => v & 7);
      return { x: Array.from(ex.x.subarray(row * D, (row + 1) * D)), label: ex.y[row], acts, target: pool.members[b] };
    };
    const before = await example();
    expect(before.label).toBe(0);
    expect(before.acts).toEqual([]);
    // passes are recorded, so passedBy is a live feature here (not a constant 0)
    expect(before.x[F.passedBy]).not.toBe(0);

    // the viewer likes her, passes her, reports her, and they meet and he rates it 1
    await like(viewer.id, target.id, addWeeks(WEEK, -3));
    await prisma.pass.create({ data: { userId: viewer.id, targetId: target.id, batchWeek: addWeeks(WEEK, -3) } });
    await prisma.report.create({ data: { reporterId: viewer.id, reportedId: target.id, reason: "OTHER" } });
    const theirs = await prisma.match.create({ data: { ...canonicalPair(viewer.id, target.id), status: "CLOSED" } });
    await prisma.matchFeedback.create({ data: { matchId: theirs.id, userId: viewer.id, met: true, rating: 1 } });
    const after = await example();

    expect(after.label).toBe(1);
    expect(after.acts.sort()).toEqual([ACT_PASS, ACT_REPORT, ACT_MET_DISLIKED].sort());
    // the target's own record did take them in …
    expect(after.target.passesReceived).toBe(before.target.passesReceived + 1);
    expect(after.target.reportsReceived).toBe(before.target.reportsReceived + 1);
    expect(after.target.meetingsDisliked).toBe(before.target.meetingsDisliked + 1);
    expect(after.target.likesReceived).toBe(before.target.likesReceived + 1);
    // … the example they are the outcome of did not
    FEATURES.forEach((f, j) => expect(after.x[j], f).toBeCloseTo(before.x[j], 12));
  });
});
