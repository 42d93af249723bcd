-- The payment state machine (docs/payments.md). New enum values cannot be used in the transaction that
-- adds them (PostgreSQL), so the tables, indexes and data that use them come in the next migration.
ALTER TYPE "PaymentStatus" ADD VALUE 'CLOSING';
ALTER TYPE "PaymentStatus" ADD VALUE 'REFUND_PENDING';
ALTER TYPE "PaymentStatus" ADD VALUE 'PARTIALLY_REFUNDED';
ALTER TYPE "PaymentStatus" ADD VALUE 'REFUNDED';
ALTER TYPE "PaymentStatus" ADD VALUE 'NEEDS_REVIEW';

-- A charge the app did not keep was refunded through Toss, or an order was parked for a person
ALTER TYPE "NotificationKind" ADD VALUE 'PAYMENT_REFUNDED';
ALTER TYPE "NotificationKind" ADD VALUE 'PAYMENT_REVIEW';
