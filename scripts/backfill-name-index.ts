// npx tsx --conditions=react-server scripts/backfill-name-index.ts – fills User.realNameHash for members who onboarded before
// the admin console's exact-name search existed (see lib/admin/backfill-name-index.ts). Run once per
// environment after migrating to 20261202020000_admin_console; safe to run again.
import { disconnectDb } from "@/lib/db";
import { backfillNameIndex } from "@/lib/admin/backfill-name-index";

const result = await backfillNameIndex({ onBatch: (n) => console.log(`… ${n} updated`) });
console.log(`realNameHash backfill: ${result.updated} updated, ${result.failed} failed (undecryptable)`);
await disconnectDb();
if (result.failed > 0) process.exit(1);
