// Encrypted fake PII for seeded members (what onboarding would have stored): a real-looking name and a
// phone number in the unassigned 010-0xxx-xxxx block (no real subscriber has it; members typing a
// real number never collide with the seed). Deterministic per seed key; ciphertexts differ per run
// (random IV), which is fine because seeded users are inserted once (skipDuplicates).
import { blindIndex, encryptPii } from "@/lib/crypto/pii";

type SeededUser = { name: string | null; status: string; onboardedAt: Date | null };

/**
 * "0100" + 7 digits, one number per seed key (User.phoneHash is unique): demo accounts (900000000+n)
 * get 010-0000-00nn, generated members (910000000+i) 010-01ii-iiii (i < 9,000,000).
 */
export function fakePhone(seedKey: string): string {
  const n = Number(seedKey) - 900_000_000;
  const local = n >= 10_000_000 ? 1_000_000 + (n - 10_000_000) : n;
  return `0100${String(local).padStart(7, "0")}`;
}

export function fakeRealName(nickname: string | null): string {
  // generated members' names are full Korean names already; demo nicknames are given names
  if (nickname && /^[가-힣]{3,4}$/.test(nickname)) return nickname;
  return `김${nickname && /^[가-힣]{1,3}$/.test(nickname) ? nickname : "회원"}`;
}

/** The PII columns for one seeded user: only members who finished onboarding and did not withdraw have any. */
export function fakePiiColumns(user: SeededUser, seedKey: string): { realNameEnc?: string; realNameHash?: string; phoneEnc?: string; phoneHash?: string } {
  if (!user.onboardedAt || user.status === "WITHDRAWN") return {};
  const phone = fakePhone(seedKey);
  const realName = fakeRealName(user.name);
  return { realNameEnc: encryptPii(realName), realNameHash: blindIndex(realName), phoneEnc: encryptPii(phone), phoneHash: blindIndex(phone) };
}
