#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh: the database into an EMPTY database at DATABASE_URL
# (create it first: `createdb …`), then the S3 objects into S3_BUCKET. See docs/operations.md.
#   scripts/restore.sh BACKUP_DIR
# Refuses a database that already has tables (it would mix two histories); to replace one, drop and
# recreate it deliberately. Run the app's migrations afterwards (`node migrate.cjs` in the image,
# `npm run db:migrate` in a checkout) if the backup is older than the code.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f .env && -z "${DATABASE_URL:-}" ]]; then set -a; . ./.env; set +a; fi
: "${DATABASE_URL:?DATABASE_URL must point at the (empty) database to restore into}"
src="${1:?usage: scripts/restore.sh BACKUP_DIR}"
[[ -f "$src/database.dump" ]] || { echo "restore: $src/database.dump not found" >&2; exit 2; }
db_url="${DATABASE_URL%%\?*}"

if [[ -f "$src/SHA256SUMS" ]]; then
  echo "restore: verifying checksums"
  (cd "$src" && sha256sum --quiet --check SHA256SUMS)
fi

tables="$(psql "$db_url" -XAtq -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")"
if [[ "$tables" != "0" ]]; then
  echo "restore: the target database is not empty ($tables tables); restore into a new, empty database" >&2
  exit 3
fi

echo "restore: database ← $src/database.dump"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname "$db_url" "$src/database.dump"

if [[ -d "$src/objects" ]]; then
  echo "restore: S3 objects ← $src/objects"
  node_modules/.bin/tsx --conditions=react-server scripts/s3-sync.ts upload "$src/objects"
fi
echo "restore: done"
