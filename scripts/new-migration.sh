#!/usr/bin/env bash
# Writes a new migration, for SQLite and for PostgreSQL, from the change to prisma/schema.prisma since the
# last commit. (`prisma migrate dev` does not work with the offline JavaScript engine, and `migrate diff
# --from-migrations` cannot use a shadow database under the driver adapter, so we diff two schemas.)
# The PostgreSQL diff needs a reachable server in DATABASE_URL (e.g. postgresql://postgres:…@127.0.0.1/postgres).
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <snake_case_name>}
stamp=$(date -u +%Y%m%d%H%M%S)
old=$(mktemp --suffix=.prisma); old_pg=$(mktemp --suffix=.prisma)
git show HEAD:prisma/schema.prisma > "$old"
node scripts/postgres-schema.mjs "$old" "$old_pg"
node scripts/postgres-schema.mjs prisma/schema.prisma prisma/postgres/schema.prisma

dir="prisma/migrations/${stamp}_${name}"
mkdir -p "$dir"
node_modules/.bin/prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "wrote $dir/migration.sql"

pg_dir="prisma/postgres/migrations/${stamp}_${name}"
mkdir -p "$pg_dir"
node_modules/.bin/prisma migrate diff --config prisma.postgres.config.ts --from-schema-datamodel "$old_pg" --to-schema-datamodel prisma/postgres/schema.prisma --script > "$pg_dir/migration.sql"
echo "wrote $pg_dir/migration.sql"
rm -f "$old" "$old_pg"
