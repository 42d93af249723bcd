// One-off backfill of User.realNameHash (the blind index behind the admin's exact-name search) for
// members who onboarded before the column existed. SQL cannot compute it (the HMAC key is not in the
// database), so this runs in the app: keyset batches of members with a name and no index, each
// decrypted in memory only to compute its HMAC, updated only if still unset. Idempotent and
// resumable: a second run finds nothing. Logs counts only, never names.
import { prisma } from "@/lib/db";
import { blindIndex, decryptPii } from "@/lib/crypto/pii";

export async function backfillNameIndex({ batch = 500, onBatch }: { batch?: number; onBatch?: (done: number) => void } = {}): Promise<{ updated: number; failed: number }> {
  let after = "00000000-0000-0000-0000-000000000000";
  let updated = 0;
  let failed = 0;
  for (;;) {
    const rows = await prisma.user.findMany({
      where: { id: { gt: after }, realNameEnc: { not: null }, realNameHash: null },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, realNameEnc: true },
    });
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    for (const r of rows) {
      try {
        const hash = blindIndex(decryptPii(r.realNameEnc!));
        updated += (await prisma.user.updateMany({ where: { id: r.id, realNameHash: null }, data: { realNameHash: hash } })).count;
      } catch {
        failed++; // a value under a retired key: reported, not fatal
      }
    }
    onBatch?.(updated);
  }
  return { updated, failed };
}
