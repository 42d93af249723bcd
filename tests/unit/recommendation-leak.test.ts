// Issue 24 part 1, "no feature may see its label": the fit's examples are built from raw history
// events exactly as the weekly build loads them (load-pool.ts / load-pairs.ts count likes, passes,
// reports and post-meeting feedback into each member's record), then the viewer's own actions toward
// ONE target are varied — nothing, a like, a like and a good or bad meeting, a pass, a report — while
// everything else stays. The label of that example changes with them; its feature vector must not
// move at all (every feature built from the viewer's own actions is leave-one-out). Generated pools
// (fast-check), the focal exposure in any week (the validation week included).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as codes from "@/lib/recommendations/pair-codes";
import { extractExamples, type FitInput } from "@/lib/recommendations/fit-model";
import { FEATURES, newVocabularies, prepareMember } from "@/lib/recommendations/score";

const D = FEATURES.length;
const now = new Date("2026-11-22T15:00:00Z");
// codes that may not exist in older versions of the module (the test must run on them too)
const C = codes as unknown as Record<string, number | undefined>;
const SHOWN_LAST = C.PAIR_SHOWN_LAST ?? codes.PAIR_SHOWN_RECENT;
const LIKE_LAST = C.PAIR_LIKE_LAST ?? codes.PAIR_LIKE_IN_WINDOW;
const ACT_PASS = C.ACT_PASS ?? 1;
const ACT_REPORT = C.ACT_REPORT ?? 2;
const ACT_MET_LIKED = C.ACT_MET_LIKED ?? 3;
const ACT_MET_DISLIKED = C.ACT_MET_DISLIKED ?? 4;

type When = "last" | "recent" | "older";
type Events = {
  n: number;
  exposures: { a: number; b: number; when: When }[];
  likes: { a: number; b: number; when: When | "before" }[];
  passes: { a: number; b: number }[];
  reports: { a: number; b: number }[];
  /** a met b and rated the meeting: liked (4–5) or not (1–2) */
  feedback: { a: number; b: number; liked: boolean }[];
};

const shownCode = (w: When) => (w === "last" ? SHOWN_LAST : w === "recent" ? codes.PAIR_SHOWN_RECENT : codes.PAIR_SHOWN_OLDER);
const likeCode = (w: When | "before") => (w === "before" ? codes.PAIR_LIKE_OLDER : w === "last" ? LIKE_LAST : codes.PAIR_LIKE_IN_WINDOW);

/** The fit's input from raw events, counted as load-pool.ts and load-pairs.ts count them. */
function fitInput(e: Events): FitInput {
  const { n } = e;
  const lists: number[][] = Array.from({ length: n }, () => []);
  const acts: number[][] = Array.from({ length: n }, () => []);
  const c = Array.from({ length: n }, () => ({ shown: 0, shownTo: 0, likesGiven: 0, likesReceived: 0, passes: 0, reporters: new Set<number>(), liked: 0, disliked: 0 }));
  for (const x of e.exposures) {
    lists[x.a].push(x.b * 8 + shownCode(x.when));
    c[x.a].shown++;
    c[x.b].shownTo++;
  }
  for (const x of e.likes) {
    lists[x.a].push(x.b * 8 + likeCode(x.when));
    if (x.when !== "before") {
      c[x.a].likesGiven++;
      c[x.b].likesReceived++;
    }
  }
  for (const x of e.passes) {
    lists[x.a].push(x.b * 8 + codes.PAIR_BLOCK_OR_MATCH);
    acts[x.a].push(x.b * 8 + ACT_PASS);
    c[x.b].passes++;
  }
  for (const x of e.reports) {
    acts[x.a].push(x.b * 8 + ACT_REPORT);
    c[x.b].reporters.add(x.a);
  }
  for (const x of e.feedback) {
    acts[x.a].push(x.b * 8 + (x.liked ? ACT_MET_LIKED : ACT_MET_DISLIKED));
    if (x.liked) c[x.b].liked++;
    else c[x.b].disliked++;
  }
  let exposures = 0;
  let likes = 0;
  let passes = 0;
  for (const m of c) {
    exposures += m.shown;
    likes += m.likesGiven;
    passes += m.passes;
  }
  const likeRate = exposures ? likes / exposures : 0;
  const ctx = { now, year: 2026, likeRate, passRate: exposures ? passes / exposures : 0 };
  const vocab = newVocabularies();
  const members = c.map((m, i) =>
    prepareMember(
      {
        profile: { gender: i % 2 ? "F" : "M", birthYear: 1990 + (i % 4), region: i % 3 ? "서울" : "부산", keywords: [] },
        preference: { targetGender: i % 2 ? "M" : "F", ageMin: 25, ageMax: 45, regions: [], keywords: [] },
        stats: {
          joinedAt: new Date(now.getTime() - 400 * 86_400_000), lastActiveAt: now, shown: m.shown, shownTo: m.shownTo, likesGiven: m.likesGiven,
          likesReceived: m.likesReceived, reportsReceived: m.reporters.size, passesReceived: m.passes, meetingsLiked: m.liked, meetingsDisliked: m.disliked,
        },
      },
      ctx,
      vocab,
    ),
  );
  const csr = (l: number[][]) => {
    const off = new Int32Array(n + 1);
    l.forEach((x, i) => (off[i + 1] = off[i] + x.length));
    return { off, val: Int32Array.from(l.flat()) };
  };
  const fwd = csr(lists);
  const act = csr(acts);
  return { members, vocab, year: 2026, likeRate, fwdOff: fwd.off, fwdVal: fwd.val, actOff: act.off, actVal: act.val } as FitInput;
}

/** the example of exposure (a → b): by the examples' viewer/target columns, or by the fit's iteration order */
function rowOf(ex: ReturnType<typeof extractExamples>, input: FitInput, a: number, b: number): number {
  const cols = ex as unknown as { viewer?: Int32Array; target?: Int32Array };
  if (cols.viewer && cols.target) {
    for (let i = 0; i < ex.count; i++) if (cols.viewer[i] === a && cols.target[i] === b) return i;
    return -1;
  }
  let row = 0;
  for (let v = 0; v < input.members.length; v++) {
    for (let k = input.fwdOff[v]; k < input.fwdOff[v + 1]; k++) {
      const code = input.fwdVal[k] & 7;
      if (code !== codes.PAIR_SHOWN_RECENT && code !== codes.PAIR_SHOWN_OLDER) continue;
      if (v === a && input.fwdVal[k] >> 3 === b) return row;
      row++;
    }
  }
  return -1;
}

/** what the viewer does toward the target after being shown them (the example's own outcome) */
const OWN_OUTCOMES = ["nothing", "like", "like, met and liked", "like, met and disliked", "pass", "report", "pass and report"] as const;
type Own = (typeof OWN_OUTCOMES)[number];

function withOwn(base: Events, a: number, b: number, own: Own, likeWhen: When): Events {
  const e: Events = { ...base, likes: [...base.likes], passes: [...base.passes], reports: [...base.reports], feedback: [...base.feedback] };
  if (own.startsWith("like")) e.likes.push({ a, b, when: likeWhen });
  if (own === "like, met and liked") e.feedback.push({ a, b, liked: true });
  if (own === "like, met and disliked") e.feedback.push({ a, b, liked: false });
  if (own.startsWith("pass")) e.passes.push({ a, b });
  if (own.endsWith("report")) e.reports.push({ a, b });
  return e;
}

const when = fc.constantFrom<When>("last", "recent", "older");
/** a pool of n members with history between other pairs (never from the focal viewer 0 to the focal target 1) */
const world = fc.integer({ min: 4, max: 9 }).chain((n) => {
  const pair = fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([a, b]) => a !== b && !(a === 0 && b === 1));
  return fc.record({
    n: fc.constant(n),
    exposures: fc.array(fc.record({ p: pair, when }), { maxLength: 40 }).map((l) => l.map(({ p, when }) => ({ a: p[0], b: p[1], when }))),
    likes: fc.uniqueArray(fc.record({ p: pair, when: fc.constantFrom<When | "before">("last", "recent", "older", "before") }), { selector: (x) => `${x.p[0]}>${x.p[1]}`, maxLength: 15 }).map((l) => l.map(({ p, when }) => ({ a: p[0], b: p[1], when }))),
    passes: fc.uniqueArray(pair, { selector: (p) => `${p[0]}>${p[1]}`, maxLength: 8 }).map((l) => l.map(([a, b]) => ({ a, b }))),
    reports: fc.uniqueArray(pair, { selector: (p) => `${p[0]}>${p[1]}`, maxLength: 4 }).map((l) => l.map(([a, b]) => ({ a, b }))),
    feedback: fc.uniqueArray(fc.record({ p: pair, liked: fc.boolean() }), { selector: (x) => `${x.p[0]}>${x.p[1]}`, maxLength: 6 }).map((l) => l.map(({ p, liked }) => ({ a: p[0], b: p[1], liked }))),
    focalWhen: when,
    likeWhen: when,
  });
});

describe("no feature sees its label (leave-one-out)", () => {
  it("the example's features are the same whatever the viewer did toward the target; only the label changes", () => {
    fc.assert(
      fc.property(world, (w) => {
        const base: Events = { ...w, exposures: [...w.exposures, { a: 0, b: 1, when: w.focalWhen }] };
        const rows = OWN_OUTCOMES.map((own) => {
          const input = fitInput(withOwn(base, 0, 1, own, w.likeWhen));
          const ex = extractExamples(input, 1e9);
          const i = rowOf(ex, input, 0, 1);
          expect(i, "the focal exposure is an example").toBeGreaterThanOrEqual(0);
          return { own, label: ex.y[i], x: Array.from(ex.x.subarray(i * D, (i + 1) * D)) };
        });
        expect(rows.map((r) => r.label)).toEqual(OWN_OUTCOMES.map((o) => (o.startsWith("like") ? 1 : 0)));
        for (const r of rows.slice(1)) {
          FEATURES.forEach((f, j) => {
            expect(r.x[j], `feature ${f} moved with the viewer's own "${r.own}"`).toBeCloseTo(rows[0].x[j], 12);
          });
        }
      }),
      { numRuns: 150, seed: 24 },
    );
  });

  it("catches a leak: a pass counted in the target's passedBy on its own example (the check is not vacuous)", () => {
    // a world where passes are recorded: the target is passed by others, and by the viewer in one variant
    const base: Events = {
      n: 6,
      exposures: [{ a: 0, b: 1, when: "recent" }, { a: 2, b: 1, when: "recent" }, { a: 4, b: 1, when: "older" }, { a: 2, b: 3, when: "recent" }, { a: 4, b: 5, when: "older" }],
      likes: [{ a: 2, b: 3, when: "recent" }],
      passes: [{ a: 4, b: 1 }, { a: 4, b: 5 }],
      reports: [],
      feedback: [],
    };
    const features = (own: Own) => {
      const input = fitInput(withOwn(base, 0, 1, own, "recent"));
      const ex = extractExamples(input, 1e9);
      const i = rowOf(ex, input, 0, 1);
      return Array.from(ex.x.subarray(i * D, (i + 1) * D));
    };
    const a = features("nothing");
    const b = features("pass");
    // the target's own record does differ (one more pass) …
    expect(fitInput(withOwn(base, 0, 1, "pass", "recent")).members[1].passedBy).not.toBeCloseTo(fitInput(base).members[1].passedBy, 6);
    // … but not on the example whose label that pass is
    FEATURES.forEach((f, j) => expect(b[j], f).toBeCloseTo(a[j], 12));
  });
});
