#!/usr/bin/env bash
# Backup for self-hosted deployments: the database (pg_dump, custom format) and the S3 objects
# (photos, admin memos) into one folder. Run from a checkout with dependencies installed (npm ci),
# with the production environment (DATABASE_URL, S3_*) — see docs/operations.md.
#   scripts/backup.sh [DEST]        default DEST: ./backups/<UTC timestamp>
# pg_dump must be at least the server's major version (15).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f .env && -z "${DATABASE_URL:-}" ]]; then set -a; . ./.env; set +a; fi
: "${DATABASE_URL:?DATABASE_URL must point at the database to back up}"

dest="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$dest"
umask 077 # the dump holds encrypted PII and payment records: owner-only files

# libpq does not know Prisma's URL parameters (schema, connection_limit…): drop the query string
db_url="${DATABASE_URL%%\?*}"

echo "backup: database → $dest/database.dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file "$dest/database.dump" "$db_url"

echo "backup: S3 objects → $dest/objects"
node_modules/.bin/tsx --conditions=react-server scripts/s3-sync.ts download "$dest/objects"

# a listing of the dump proves it is readable; the checksums let a restore detect damage
pg_restore --list "$dest/database.dump" > "$dest/database.toc"
(cd "$dest" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "backup: done ($dest)"
