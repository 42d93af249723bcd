// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
import { disconnectDb } from "@/lib/db";
import { migrateConfiguredDatabase } from "@/lib/db/open";

const result = await migrateConfiguredDatabase();
for (const name of result.modified) console.warn(`warning: migration ${name} was modified after it was applied`);
console.log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
await disconnectDb();
