-- Toss 가상계좌: an order whose account was issued and waits for the member's deposit (docs/payments.md).
-- Its own migration: a new enum value cannot be used in the transaction that adds it.
ALTER TYPE "PaymentStatus" ADD VALUE 'AWAITING_DEPOSIT';
