// A unique-index violation (Prisma P2002, or PostgreSQL 23505 through the driver adapter): the
// database refused a second booking of a slot or a second slot at the same time.
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return e?.code === "P2002" || e?.meta?.driverAdapterError?.cause?.originalCode === "23505";
}
