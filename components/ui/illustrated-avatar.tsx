// A friendly illustrated portrait for a member without a photo: drawn as inline SVG from the
// member's id, so the same member always gets the same drawing (no storage, no downloads) and real
// members without photos get one too. Gender picks among hairstyles; everything else is hashed.
const BACKGROUNDS = ["#fde2e4", "#e2ece9", "#fff1c1", "#dfe7fd", "#f1e4f3", "#e9f5db", "#fde4cf", "#e0f4f7"];
const SKIN = ["#f8d9c0", "#f1c7a5", "#e8b58f", "#d9a27c"];
const HAIR = ["#2b2119", "#3b2a20", "#4a3426", "#5c4033", "#1f1b18"];
const SHIRTS = ["#c92f48", "#4f6d7a", "#6a8d73", "#8c6bb1", "#d08c60", "#3d5a80", "#b5838d", "#588157"];

/** FNV-1a: a small, stable hash of the id */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const pick = <T,>(items: readonly T[], h: number, salt: number) => items[((h >>> salt) ^ (h >>> (salt + 11))) % items.length];

// hair drawn behind (back) and over (front) the head; head centre (50, 46), radius 18
const HAIR_STYLES = {
  short: { back: "", front: "M31 44 Q31 24 50 24 Q69 24 69 44 Q64 33 50 33 Q38 33 31 44Z" },
  side: { back: "", front: "M31 46 Q30 23 52 24 Q70 26 69 42 Q60 30 44 36 Q36 38 31 46Z" },
  curly: { back: "", front: "M30 45 Q26 30 36 26 Q40 18 50 21 Q60 18 64 26 Q74 30 70 45 Q66 35 58 33 Q50 37 42 33 Q34 35 30 45Z" },
  long: { back: "M30 44 Q28 22 50 22 Q72 22 70 44 L72 74 Q60 70 50 70 Q40 70 28 74Z", front: "M31 44 Q32 25 50 25 Q68 25 69 44 Q62 31 50 31 Q40 31 31 44Z" },
  bob: { back: "M29 46 Q28 22 50 22 Q72 22 71 46 L71 60 Q60 62 50 62 Q40 62 29 60Z", front: "M31 44 Q33 26 50 26 Q67 26 69 44 Q60 33 46 34 Q37 36 31 44Z" },
  bun: { back: "M50 8 a8 8 0 1 1 0.1 0Z", front: "M31 44 Q31 24 50 24 Q69 24 69 44 Q62 32 50 32 Q38 32 31 44Z" },
} as const;
type HairStyle = keyof typeof HAIR_STYLES;
const BY_GENDER: Record<"M" | "F" | "X", HairStyle[]> = {
  M: ["short", "side", "curly"],
  F: ["long", "bob", "bun", "curly"],
  X: ["short", "side", "curly", "long", "bob", "bun"],
};

/**
 * The portrait as SVG markup (the inside of a 0 0 100 80 viewBox) and its background colour: one
 * drawing for the page (below) and for the seeded members' photo files (prisma/seed/seed-photos.ts,
 * which runs where React's server renderer is not available). Only constants go into the markup.
 */
export function avatarSvg(seed: string, gender?: "M" | "F" | null): { background: string; body: string } {
  const h = hash(seed);
  const skin = pick(SKIN, h, 3);
  const hairColor = pick(HAIR, h, 6);
  const shirt = pick(SHIRTS, h, 9);
  const style = HAIR_STYLES[pick(BY_GENDER[gender ?? "X"], h, 12)];
  const smile = (h >>> 15) % 2 === 0 ? "M44 54 Q50 59 56 54" : "M45 54 Q50 57 55 54";
  const body = [
    `<path d="${style.back}" fill="${hairColor}"/>`,
    `<path d="M22 80 Q24 64 50 62 Q76 64 78 80Z" fill="${shirt}"/>`,
    `<rect x="45" y="58" width="10" height="8" rx="3" fill="${skin}"/>`,
    `<circle cx="50" cy="46" r="18" fill="${skin}"/>`,
    `<path d="${style.front}" fill="${hairColor}"/>`,
    `<circle cx="43" cy="47" r="1.8" fill="#2b2119"/>`,
    `<circle cx="57" cy="47" r="1.8" fill="#2b2119"/>`,
    `<circle cx="39" cy="52" r="2.6" fill="#f4a6a6" opacity="0.55"/>`,
    `<circle cx="61" cy="52" r="2.6" fill="#f4a6a6" opacity="0.55"/>`,
    `<path d="${smile}" stroke="#7a3b2e" stroke-width="1.6" fill="none" stroke-linecap="round"/>`,
  ].join("");
  return { background: pick(BACKGROUNDS, h, 0), body };
}

export function IllustratedAvatar({ seed, gender, className = "" }: { seed: string; gender?: "M" | "F" | null; className?: string }) {
  const { background, body } = avatarSvg(seed, gender);
  return (
    <div aria-hidden className={`overflow-hidden ${className}`} style={{ backgroundColor: background }}>
      <svg viewBox="0 0 100 80" preserveAspectRatio="xMidYMax meet" className="h-full w-full" focusable="false" dangerouslySetInnerHTML={{ __html: body }} />
    </div>
  );
}
