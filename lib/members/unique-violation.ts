// Telling which unique index refused a write (onboarding, 본인인증): the friendly checks before a
// write cannot see concurrent requests, the index decides.

/** A unique-index violation (Prisma P2002, or PostgreSQL 23505 through the driver adapter) on `column`. */
export function isUniqueViolation(err: unknown, column: string): boolean {
  const e = err as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] }; originalCode?: string } } }; message?: string };
  if (e?.code !== "P2002" && e?.meta?.driverAdapterError?.cause?.originalCode !== "23505") return false;
  const text = JSON.stringify([e.meta?.target, e.meta?.driverAdapterError?.cause?.constraint, e.message]);
  return text.includes(column);
}
